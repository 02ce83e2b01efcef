using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>Turns a year of monthly counts, the benchmark and the status before into the year's decisions (SPEC §5).</summary>
public static class Aarsopgoerelse
{
    /// <summary>Decides data year <paramref name="aar"/> from a <see cref="Maaler"/> that measured January–December of that year with December as passive month.</summary>
    public static Opgoerelsesresultat Beregn(
        Maaler maaler,
        int aar,
        IReadOnlyList<Benchmarkraekke> benchmark,
        IReadOnlyList<Kommunestatus>? status,
        LocalDate meddelelse)
    {
        var regler = maaler.Regler;
        var taellere = maaler.Taellere;
        var januar = new YearMonth(aar, 1);

        var bench = new Dictionary<int, Benchmarkraekke>();
        foreach (var b in benchmark)
        {
            if (b.Aar == aar)
            {
                bench[b.Kommune] = b;
            }
        }

        var foer = new Dictionary<int, Kommunestatus>();
        foreach (var s in status ?? [])
        {
            foer[s.Kommune] = s;
        }

        var kommuner = Rapporterede(taellere, januar, bench.Keys, foer.Values);
        var mangler = kommuner.Where(k => !bench.ContainsKey(k)).ToList();
        if (mangler.Count > 0)
        {
            throw new ManglendeBenchmarkException(
                $"benchmark.csv har ingen række for {aar} for kommune {string.Join(", ", mangler.Select(k => $"{k} {Kommuneliste.Navn(k)}"))}.");
        }

        var afgoerelser = new List<Afgoerelse>(kommuner.Count);
        var passivsager = new List<Passivsag>();
        foreach (int k in kommuner)
        {
            var statusFoer = foer.GetValueOrDefault(k) ?? Kommunestatus.Ingen(k);
            var afgoerelse = Afgoer(regler, taellere, aar, k, bench[k], statusFoer, meddelelse);
            afgoerelser.Add(afgoerelse);
            if (afgoerelse.Type is Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration)
            {
                TilfoejPassivsager(regler, taellere, januar, k, maaler.Passivkandidater, passivsager);
            }
        }

        passivsager.Sort(static (x, y) =>
        {
            int c = x.Kommune.CompareTo(y.Kommune);
            if (c != 0)
            {
                return c;
            }

            c = x.Ydelse.CompareTo(y.Ydelse);
            return c != 0 ? c : string.CompareOrdinal(x.PersonId, y.PersonId);
        });
        return new Opgoerelsesresultat(aar, regler, kommuner, taellere, afgoerelser, passivsager);
    }

    /// <summary>§ 11: half of the required improvement for one fokusmål, with basis b, threshold t and current value c (all percent).</summary>
    /// <remarks>[interpretation] If b ≥ t the condition is c ≤ (b + t) / 2; if b &lt; t or b is empty, c &lt; t. An undefined c satisfies it.</remarks>
    public static bool HalvForbedring(decimal? basis, decimal graense, Brok? nu)
    {
        if (nu is not { } c)
        {
            return true;
        }

        var (vaerdi, inklusiv) = HalvForbedringGraense(basis, graense);
        return inklusiv ? c <= vaerdi : c < vaerdi;
    }

    /// <summary>§ 11: the bound of <see cref="HalvForbedring"/>: (b + t) / 2, met at or below it, when b ≥ t; else t, met below it.</summary>
    public static (Brok Graense, bool Inklusiv) HalvForbedringGraense(decimal? basis, decimal graense)
    {
        var t = Brok.Fra(graense);
        return basis is { } bv && Brok.Fra(bv) >= t ? ((Brok.Fra(bv) + t) / new Brok(2, 1), true) : (t, false);
    }

    private static List<int> Rapporterede(Maanedstaellere taellere, YearMonth januar, IEnumerable<int> medBenchmark, IEnumerable<Kommunestatus> status)
    {
        var kommuner = new SortedSet<int>(medBenchmark);
        foreach (var s in status)
        {
            if (s.Status != Tilsynsstatus.Ingen)
            {
                kommuner.Add(s.Kommune);
            }
        }

        foreach (var kommune in Kommuneliste.Alle)
        {
            for (int m = 0; m < 12; m++)
            {
                if (taellere.HentAlle(kommune.Kode, taellere.Indeks(januar.PlusMonths(m))).Maalgruppe > 0)
                {
                    kommuner.Add(kommune.Kode);
                    break;
                }
            }
        }

        return [.. kommuner];
    }

    private static Afgoerelse Afgoer(Regelsaet regler, Maanedstaellere taellere, int aar, int k, Benchmarkraekke b, Kommunestatus foer, LocalDate n)
    {
        var januar = new YearMonth(aar, 1);
        bool resultatmaal = b.Faktisk <= b.Forventet;
        var fm1 = Aarsfigur.Beregn(taellere, k, null, Fokusmaal.Fm1, januar, 12, regler);
        var fm2 = Aarsfigur.Beregn(taellere, k, null, Fokusmaal.Fm2, januar, 12, regler);
        bool fm1Ok = Aarsfigur.Opfyldt(fm1, Fokusmaal.Fm1, regler);
        bool fm2Ok = Aarsfigur.Opfyldt(fm2, Fokusmaal.Fm2, regler);
        bool beggeOk = fm1Ok && fm2Ok;

        (Afgoerelsestype type, string hjemmel) = foer.Status switch
        {
            Tilsynsstatus.Ingen => !resultatmaal && !beggeOk ? (Afgoerelsestype.Udvalgt, "§ 6") : (Afgoerelsestype.IkkeOmfattet, "§ 6"),
            Tilsynsstatus.Skaerpet when beggeOk => (Afgoerelsestype.Ophoert, "§ 10"),
            Tilsynsstatus.Skaerpet when HalvForbedringForAlle(regler, foer, fm1, fm2) => (Afgoerelsestype.Forlaenget, "§ 11"),
            Tilsynsstatus.Skaerpet => (Afgoerelsestype.Administration, "§ 12"),
            Tilsynsstatus.Forlaenget => beggeOk ? (Afgoerelsestype.Ophoert, "§ 11") : (Afgoerelsestype.Administration, "§ 12"),
            _ => beggeOk ? (Afgoerelsestype.Ophoert, "§ 13") : (Afgoerelsestype.FortsatAdministration, "§ 12"),
        };

        var efter = type switch
        {
            Afgoerelsestype.Udvalgt => new Kommunestatus(k, Tilsynsstatus.Skaerpet, aar, fm1?.Afrund(2), fm2?.Afrund(2)),
            Afgoerelsestype.Forlaenget => foer with { Status = Tilsynsstatus.Forlaenget },
            Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration => foer with { Status = Tilsynsstatus.Administration },
            _ => Kommunestatus.Ingen(k),
        };

        bool administration = type is Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration;
        return new Afgoerelse(
            k,
            Kommuneliste.Navn(k),
            b,
            resultatmaal,
            fm1,
            fm2,
            fm1Ok,
            fm2Ok,
            foer,
            type,
            efter,
            hjemmel,
            Meddelelse: type == Afgoerelsestype.IkkeOmfattet ? null : n,
            RedegoerelseSenest: type == Afgoerelsestype.Udvalgt ? Frister.RedegoerelseSenest(n) : null,
            GenopretningSlut: type switch
            {
                Afgoerelsestype.Udvalgt => Frister.GenopretningSlut(aar),
                Afgoerelsestype.Forlaenget => Frister.ForlaengelseSlut(aar),
                _ => null,
            },
            MinimumskravFra: administration ? Frister.MinimumskravFra(n) : null,
            SagsgennemgangSenest: administration ? Frister.SagsgennemgangSenest(n) : null);
    }

    private static bool HalvForbedringForAlle(Regelsaet regler, Kommunestatus foer, Brok? fm1, Brok? fm2) =>
        (!regler.ErAktiv(Fokusmaal.Fm1) || HalvForbedring(foer.BasisFm1, regler.Fm1GraensePct, fm1))
        && (!regler.ErAktiv(Fokusmaal.Fm2) || HalvForbedring(foer.BasisFm2, regler.Fm2GraensePct, fm2));

    private static void TilfoejPassivsager(Regelsaet regler, Maanedstaellere taellere, YearMonth januar, int k, IReadOnlyList<Passivkandidat> kandidater, List<Passivsag> ud)
    {
        // [interpretation] the failing ydelsesgrupper are those whose own annual figures fail an active fokusmål.
        Span<bool> fejler = stackalloc bool[Koder.AlleYdelser.Count];
        foreach (var y in Koder.AlleYdelser)
        {
            fejler[(int)y] =
                !Aarsfigur.Opfyldt(Aarsfigur.Beregn(taellere, k, y, Fokusmaal.Fm1, januar, 12, regler), Fokusmaal.Fm1, regler)
                || !Aarsfigur.Opfyldt(Aarsfigur.Beregn(taellere, k, y, Fokusmaal.Fm2, januar, 12, regler), Fokusmaal.Fm2, regler);
        }

        foreach (var kandidat in kandidater)
        {
            var m = kandidat.Maaling;
            if (m.Kommune != k || !fejler[(int)m.Ydelse])
            {
                continue;
            }

            var mangel = m.UdenIndsats && m.FaaSamtaler ? Mangel.Begge : m.UdenIndsats ? Mangel.Tilbud : Mangel.Samtaler;
            ud.Add(new Passivsag(k, kandidat.PersonId, m.Ydelse, m.ForloebStart, m.TaelledeDage, m.TilbudIVindue, m.TimerIVindue, m.SamtalerIVindue, mangel));
        }
    }
}
