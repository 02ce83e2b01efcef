using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tests.Forklaring;
using SkaerpetTilsyn.Core.Tests.Regler;

namespace SkaerpetTilsyn.Core.Tests.Maaling;

public sealed class FleraarsmaalerTests
{
    private const int Fra = 2021;

    // Rule sets of 2021, 2022, 2023 for plan A and plan B ("-" for no B), and the forløb builds a person then needs.
    public static TheoryData<string, string, int> Planer => new()
    {
        { "std std std", "-", 1 },
        { "2019 kun-fm2 std", "-", 1 },
        { "std kun-barsel dage-30", "-", 3 },
        { "uden-skift timer-50 std", "-", 2 },
        { "2019 kun-fm2 std", "std std std", 1 },
        { "kun-barsel std std", "std dage-30 kun-barsel", 3 },
    };

    [Theory]
    [MemberData(nameof(Planer))]
    public void MaalPerson_Plan_EveryYearCountsAsItsOwnMeasurer(string planA, string planB, int forloebsbygninger)
    {
        // SPEC §10: one pass, each year under its rule set, gives each year exactly what the year's own opgørelse measures (§3.5: no look-ahead).
        var planer = planB == "-" ? new[] { Plan(planA) } : [Plan(planA), Plan(planB)];
        var fler = new Fleraarsmaaler(planer.SelectMany(p => p.Select((r, i) => (Fra + i, r))));
        var alene = planer.SelectMany(p => p.Select((r, i) => (Aar: Fra + i, Regler: r, Maaler: Maaler.ForAar(r, Fra + i)))).ToList();
        foreach (var p in Tilfaeldigepersoner.Lav(400, 15))
        {
            fler.MaalPerson(p);
            foreach (var a in alene)
            {
                a.Maaler.MaalPerson(p);
            }
        }

        fler.Forloebsbygninger.Should().Be(forloebsbygninger);
        foreach (var (aar, regler, maaler) in alene)
        {
            var maaling = fler.Maaling(aar, regler);
            for (int m = 0; m < 12; m++)
            {
                foreach (int k in Tilfaeldigepersoner.Kommuner)
                {
                    foreach (var y in Koder.AlleYdelser)
                    {
                        maaling.Taellere.Hent(k, m, y).Should().Be(maaler.Taellere.Hent(k, m, y), $"{regler.Navn} {aar}-{m + 1:D2} {k} {y}");
                    }
                }
            }

            maaling.Passivkandidater.Should().Equal(maaler.Passivkandidater, $"{regler.Navn} {aar}");
        }

        alene.Sum(a => a.Maaler.Taellere.HentAlle(101, 11).Maalgruppe).Should().BePositive("the persons reach the målgruppe");
    }

    [Fact]
    public void Maaling_SameMeasurementKeys_OneMeasurementShared()
    {
        // Thresholds and active goals do not change a month's counts, so kun-fm2 and bek-301-2023 share 2022's measurement.
        var fler = new Fleraarsmaaler([(2022, Regelsaet.Bek301_2023), (2022, Regelvarianter.Hent("kun-fm2")), (2022, Regelsaet.Bek2019), (2023, Regelsaet.Bek301_2023)]);
        fler.Maaling(2022, Regelvarianter.Hent("kun-fm2")).Should().BeSameAs(fler.Maaling(2022, Regelsaet.Bek301_2023));
        fler.Maaling(2022, Regelsaet.Bek2019).Should().NotBeSameAs(fler.Maaling(2022, Regelsaet.Bek301_2023));
        fler.Aarsmaalinger.Select(a => a.Aar).Should().Equal(2022, 2022, 2023);
        var handling = () => fler.Maaling(2021, Regelsaet.Bek301_2023);
        handling.Should().Throw<ArgumentException>();
    }

    private static Regelsaet[] Plan(string tekst) => [.. tekst.Split(' ').Select(Regelvarianter.Hent)];
}
