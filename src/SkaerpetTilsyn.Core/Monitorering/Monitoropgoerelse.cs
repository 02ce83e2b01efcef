using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Monthly monitoring (SPEC §7 "Outputs of monitor"): rolling 12-month fokusmål, risk flags and § 12 minimumskrav from January to a month.</summary>
internal static class Monitoropgoerelse
{
    private static readonly Fokusmaal[] s_fokusmaal = [Fokusmaal.Fm1, Fokusmaal.Fm2];

    /// <summary>The months a <see cref="Maaler"/> must measure for a monitoring run up to <paramref name="til"/>: from the start of January's rolling window to <paramref name="til"/>.</summary>
    public static Maaleperiode Maalemaaneder(YearMonth til) =>
        Maaleperiode.FraTilOgMed(Maaleperiode.TolvMaanederTilOgMed(new YearMonth(til.Year, 1)).Fra, til);

    /// <summary>Computes a row per reported kommune and month from January of <paramref name="til"/>'s year to <paramref name="til"/>,
    /// and a recovery plan per active fokusmål for every kommune under tilsyn or at risk in <paramref name="til"/>.</summary>
    /// <remarks><paramref name="taellere"/> must cover <see cref="Maalemaaneder"/>; a null <paramref name="status"/> means every kommune is <c>ingen</c>.
    /// A milestone of <paramref name="milepaele"/> is attached to its kommune's row of that month.</remarks>
    public static Monitorresultat Beregn(
        Maanedstaellere taellere,
        Regelsaet regler,
        YearMonth til,
        IReadOnlyList<Benchmarkraekke> benchmark,
        IReadOnlyList<Kommunestatus>? status,
        IReadOnlyList<Milepael>? milepaele = null)
    {
        ArgumentNullException.ThrowIfNull(taellere);
        ArgumentNullException.ThrowIfNull(regler);
        ArgumentNullException.ThrowIfNull(benchmark);
        if (!taellere.Periode.Indeholder(Maalemaaneder(til)))
        {
            throw new ArgumentException("Tællerne dækker ikke de rullende vinduer frem til den sidste måned.", nameof(taellere));
        }

        // SPEC §7: resultatmaal_opfyldt uses the latest benchmark year not after the month's year; every month monitored lies
        // in til's year, so that is one row per kommune.
        var seneste = new Dictionary<int, Benchmarkraekke>();
        foreach (var b in benchmark)
        {
            if (b.Aar <= til.Year && (!seneste.TryGetValue(b.Kommune, out var f) || b.Aar > f.Aar))
            {
                seneste[b.Kommune] = b;
            }
        }

        var foer = new Dictionary<int, Kommunestatus>();
        foreach (var s in status ?? [])
        {
            foer[s.Kommune] = s;
        }

        var maal = new Dictionary<(int Kommune, YearMonth Maaned), Milepael>();
        foreach (var m in milepaele ?? [])
        {
            maal[(m.Kommune, m.Maaned)] = m;
        }

        var monitoreret = Maaleperiode.AaretTilOgMed(til);
        var raekker = new List<Monitorraekke>();
        var planer = new List<Genopretningsplan>();
        foreach (int k in RapporteredeKommuner.For(taellere, monitoreret, seneste.Keys, status ?? []))
        {
            bool? resultatmaal = seneste.TryGetValue(k, out var b) ? b.ResultatmaalOpfyldt : null;
            var kommunestatus = foer.GetValueOrDefault(k) ?? Kommunestatus.Ingen(k);
            var st = kommunestatus.Status;
            foreach (var maaned in monitoreret)
            {
                // SPEC §7: fm1_12m/fm2_12m average the 12 months ending with the month, by the annual figure's rule.
                var vindue = Maaleperiode.TolvMaanederTilOgMed(maaned);
                var fm1 = Aarsfigur.Beregn(taellere, k, null, Fokusmaal.Fm1, vindue, regler);
                var fm2 = Aarsfigur.Beregn(taellere, k, null, Fokusmaal.Fm2, vindue, regler);
                bool fm1Ok = Aarsfigur.Opfyldt(fm1, Fokusmaal.Fm1, regler);
                bool fm2Ok = Aarsfigur.Opfyldt(fm2, Fokusmaal.Fm2, regler);
                var t = taellere.HentAlle(k, taellere.Indeks(maaned));

                bool? minimumskrav = Minimumskrav.Gaelder(kommunestatus, maaned) ? Minimumskrav.Opfyldt(t, regler) : null;
                raekker.Add(new Monitorraekke(
                    k,
                    Kommuneliste.Navn(k),
                    maaned,
                    fm1,
                    fm2,
                    fm1Ok,
                    fm2Ok,
                    resultatmaal,
                    st,
                    Risiko.Flag(st, resultatmaal, fm1Ok, fm2Ok),
                    t.AndelMedTilbud,
                    t.AndelFireSamtaler,
                    minimumskrav)
                {
                    Milepael = maal.GetValueOrDefault((k, maaned)),
                });
            }

            // The kommune's last row is the --til month.
            var sidste = raekker[^1];
            if (sidste.Status != Tilsynsstatus.Ingen || sidste.Risiko)
            {
                foreach (var fokusmaal in s_fokusmaal)
                {
                    if (regler.ErAktiv(fokusmaal))
                    {
                        // SPEC §11.4: under skærpet tilsyn the plan also gives the § 11 bound that extends the tilsyn.
                        planer.Add(st == Tilsynsstatus.Skaerpet
                            ? Genopretning.BeregnUnderSkaerpetTilsyn(taellere, k, fokusmaal, til, regler, kommunestatus.Basis(fokusmaal))
                            : Genopretning.Beregn(taellere, k, fokusmaal, til, regler));
                    }
                }
            }
        }

        return new Monitorresultat(til, regler, raekker, planer);
    }
}
