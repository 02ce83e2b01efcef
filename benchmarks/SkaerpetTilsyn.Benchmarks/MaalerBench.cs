using BenchmarkDotNet.Attributes;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>Forløb building and monthly measurement of a year, per person (persons/s = 1 / mean).</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class MaalerBench
{
    private readonly List<Persondata> _personer = [];

    [GlobalSetup]
    public void Setup()
    {
        // A long kontanthjælp course with monthly payment rows, samtaler every other month,
        // a tilbud a year, some hours and a barsel period: a typical målgruppe member.
        for (int i = 0; i < 1000; i++)
        {
            var p = new Persondata();
            p.Nulstil($"P{i:D7}");
            var start = new LocalDate(2019, 1, 1).PlusDays(i % 300);
            for (var m = start; m < new LocalDate(2024, 1, 1); m = m.PlusMonths(1))
            {
                p.Ydelser.Add(new Ydelsesperiode(m, m.PlusMonths(1).PlusDays(-1), Ydelse.Kontanthjaelp, 101));
                if (m.Month % 2 == 0)
                {
                    p.Samtaler.Add(new Samtale(m.PlusDays(10), SamtaleType.Jobsamtale, (SamtaleForm)(m.Month % 3)));
                }

                if (m.Month == 5)
                {
                    p.Tilbud.Add(new Tilbud(m, m.PlusDays(30), (TilbudType)(m.Year % 5)));
                }

                if (i % 4 == 0)
                {
                    p.Timer.Add(new Timeperiode(m, m.PlusMonths(1).PlusDays(-1), 12.5m));
                }
            }

            if (i % 10 == 0)
            {
                p.Fritagelser.Add(new Fritagelse(new LocalDate(2021, 3, 1), new LocalDate(2021, 8, 31), FritagelseAarsag.Barsel));
            }

            _personer.Add(p);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1000)]
    public Maanedstaellere MaalAar2023()
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new YearMonth(2023, 1), new YearMonth(2023, 12), new YearMonth(2023, 12));
        foreach (var p in _personer)
        {
            maaler.MaalPerson(p);
        }

        return maaler.Taellere;
    }

    private static readonly Regelsaet s_kunSamtaler = Regelsaet.Bek2019 with { Navn = "kun-samtaler-2021", AktiveFokusmaal = [Fokusmaal.Fm2] };

    // regler/historik-2019-2024.json: four rule sets, two sets of measurement keys, one set of forløb keys.
    private static readonly (int Aar, Regelsaet Regler)[] s_historik =
    [
        (2019, Regelsaet.Bek2019),
        (2020, Regelsaet.Bek2019 with { Navn = "corona-2020", UdelukkedeMaaneder = [new(2020, 3), new(2020, 4), new(2020, 5), new(2020, 6)] }),
        (2021, s_kunSamtaler),
        (2022, s_kunSamtaler),
        (2023, Regelsaet.Bek301_2023),
        (2024, Regelsaet.Bek301_2023),
    ];

    /// <summary>Six data years, 2019–2024, measured by one measurer: what a history costs without sharing anything but the pass.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public Maanedstaellere MaalSeksAar()
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new YearMonth(2019, 1), new YearMonth(2024, 12), new YearMonth(2024, 12));
        foreach (var p in _personer)
        {
            maaler.MaalPerson(p);
        }

        return maaler.Taellere;
    }

    /// <summary>The six years of the shipped plan as <c>historik</c> measures them: each year under its own rule set, the forløb built once.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int HistorikSeksAar() => Historik(s_historik);

    /// <summary>The same with <c>--mod bek-301-2023</c>: 2019–2022 measured twice (225 against 100 hours), 2023–2024 shared.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int HistorikSeksAarMod() => Historik([.. s_historik, .. s_historik.Select(h => (h.Aar, Regelsaet.Bek301_2023))]);

    private int Historik((int Aar, Regelsaet Regler)[] plan)
    {
        var maaler = new Fleraarsmaaler(plan);
        foreach (var p in _personer)
        {
            maaler.MaalPerson(p);
        }

        return maaler.Aarsmaalinger.Count;
    }
}
