using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>Turns a year of monthly counts, the benchmark and the status before into the year's decisions (SPEC §5).</summary>
internal static class Aarsopgoerelse
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
        var aaret = Maaleperiode.Aar(aar);

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

        var kommuner = RapporteredeKommuner.For(taellere, aaret, bench.Keys, foer.Values);

        // SPEC §5, §8.6: a reported kommune without a benchmark row for the year cannot be decided.
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
                TilfoejPassivsager(regler, taellere, aaret, k, maaler.Passivkandidater, passivsager);
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

    private static Afgoerelse Afgoer(Regelsaet regler, Maanedstaellere taellere, int aar, int k, Benchmarkraekke b, Kommunestatus foer, LocalDate n)
    {
        var aaret = Maaleperiode.Aar(aar);
        bool resultatmaal = b.ResultatmaalOpfyldt;
        var fm1 = Aarsfigur.Beregn(taellere, k, null, Fokusmaal.Fm1, aaret, regler);
        var fm2 = Aarsfigur.Beregn(taellere, k, null, Fokusmaal.Fm2, aaret, regler);
        bool fm1Ok = Aarsfigur.Opfyldt(fm1, Fokusmaal.Fm1, regler);
        bool fm2Ok = Aarsfigur.Opfyldt(fm2, Fokusmaal.Fm2, regler);
        bool beggeOk = fm1Ok && fm2Ok;

        // SPEC §5, the decision table: one row per arm, its hjemmel beside it.
        (Afgoerelsestype type, string hjemmel) = foer.Status switch
        {
            Tilsynsstatus.Ingen when !resultatmaal && !beggeOk => (Afgoerelsestype.Udvalgt, "§ 6"),
            Tilsynsstatus.Ingen => (Afgoerelsestype.IkkeOmfattet, "§ 6"),
            Tilsynsstatus.Skaerpet when beggeOk => (Afgoerelsestype.Ophoert, "§ 10"),
            Tilsynsstatus.Skaerpet when HalvForbedringForAlle(regler, foer, fm1, fm2) => (Afgoerelsestype.Forlaenget, "§ 11"),
            Tilsynsstatus.Skaerpet => (Afgoerelsestype.Administration, "§ 12"),
            Tilsynsstatus.Forlaenget when beggeOk => (Afgoerelsestype.Ophoert, "§ 11"),
            Tilsynsstatus.Forlaenget => (Afgoerelsestype.Administration, "§ 12"),
            Tilsynsstatus.Administration when beggeOk => (Afgoerelsestype.Ophoert, "§ 13"),
            Tilsynsstatus.Administration => (Afgoerelsestype.FortsatAdministration, "§ 12"),
            _ => ThrowHelper.UnknownValue<(Afgoerelsestype, string)>(foer.Status),
        };

        // SPEC §5 "status after", §8.10: a selected kommune carries the year and its figures, rounded as status.csv prints them.
        // §11.3: a status this opgørelse sets is meddelt on n; a continued administration keeps the meddelelse that started it.
        var efter = type switch
        {
            Afgoerelsestype.Udvalgt => new Kommunestatus(k, Tilsynsstatus.Skaerpet, aar, fm1?.Afrund(2), fm2?.Afrund(2)) { Meddelt = n },
            Afgoerelsestype.Forlaenget => foer with { Status = Tilsynsstatus.Forlaenget, Meddelt = n },
            Afgoerelsestype.Administration => foer with { Status = Tilsynsstatus.Administration, Meddelt = n },
            Afgoerelsestype.FortsatAdministration => foer with { Status = Tilsynsstatus.Administration },
            Afgoerelsestype.Ophoert or Afgoerelsestype.IkkeOmfattet => Kommunestatus.Ingen(k),
            _ => ThrowHelper.UnknownValue<Kommunestatus>(type),
        };

        // SPEC §5 "Dates", §8.11: which deadlines each decision sets.
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
                Afgoerelsestype.IkkeOmfattet or Afgoerelsestype.Ophoert or Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration => null,
                _ => ThrowHelper.UnknownValue<LocalDate?>(type),
            },
            MinimumskravFra: administration ? Frister.MinimumskravFra(n) : null,
            SagsgennemgangSenest: administration ? Frister.SagsgennemgangSenest(n) : null);
    }

    private static bool HalvForbedringForAlle(Regelsaet regler, Kommunestatus foer, Brok? fm1, Brok? fm2) =>
        (!regler.ErAktiv(Fokusmaal.Fm1) || HalvForbedring.Opnaaet(foer.BasisFm1, regler.Fm1GraensePct, fm1))
        && (!regler.ErAktiv(Fokusmaal.Fm2) || HalvForbedring.Opnaaet(foer.BasisFm2, regler.Fm2GraensePct, fm2));

    // § 12 stk. 1 nr. 2, SPEC §5 "Passivsager", §8.12: December's målgruppe persons uden indsats or with få samtaler, in the ydelser
    // whose own annual figures fail an active fokusmål [interpretation]; mangler is the person's own shortfall.
    private static void TilfoejPassivsager(Regelsaet regler, Maanedstaellere taellere, Maaleperiode aaret, int k, IReadOnlyList<Passivkandidat> kandidater, List<Passivsag> ud)
    {
        Span<bool> fejler = stackalloc bool[Koder.AlleYdelser.Count];
        foreach (var y in Koder.AlleYdelser)
        {
            fejler[(int)y] =
                !Aarsfigur.Opfyldt(Aarsfigur.Beregn(taellere, k, y, Fokusmaal.Fm1, aaret, regler), Fokusmaal.Fm1, regler)
                || !Aarsfigur.Opfyldt(Aarsfigur.Beregn(taellere, k, y, Fokusmaal.Fm2, aaret, regler), Fokusmaal.Fm2, regler);
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
