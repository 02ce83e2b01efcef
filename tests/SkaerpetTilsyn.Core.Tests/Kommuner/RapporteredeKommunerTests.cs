using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Tests.TestData;

namespace SkaerpetTilsyn.Core.Tests.Kommuner;

public sealed class RapporteredeKommunerTests
{
    // SPEC §8.6: with a benchmark row, with a målgruppe in some month of the period, or with a status other than ingen.
    // Columns: kommuner with a benchmark row; "kommune:status" rows; "kommune@yyyy-MM" målgruppe months; expected, sorted.
    public static TheoryData<string, string, string, string, string> Tilfaelde => new()
    {
        { "nothing", "", "", "", "" },
        { "benchmark only", "147", "", "", "147" },
        { "status skaerpet only", "", "461:skaerpet", "", "461" },
        { "status forlaenget only", "", "461:forlaenget", "", "461" },
        { "status administration only", "", "461:administration", "", "461" },
        { "status ingen alone is not reported", "", "157:ingen", "", "" },
        { "målgruppe only, first month", "", "", "751@2023-01", "751" },
        { "målgruppe only, last month", "", "", "751@2023-12", "751" },
        { "målgruppe outside the period does not count", "", "", "751@2024-01", "" },
        { "ingen status with a målgruppe", "", "157:ingen", "157@2023-06", "157" },
        { "union, sorted by code", "851,147", "461:skaerpet,157:ingen", "101@2023-03,147@2023-03", "101,147,461,851" },
    };

    [Theory]
    [MemberData(nameof(Tilfaelde))]
    public void For_Aaret_KommunerMedBenchmarkMaalgruppeEllerStatus(string scenario, string benchmark, string status, string maalgruppe, string forventet)
    {
        var taellere = new Maanedstaellere(Maaleperiode.FraTilOgMed(new YearMonth(2023, 1), new YearMonth(2024, 1)));
        foreach (string felt in Felter(maalgruppe))
        {
            string[] dele = felt.Split('@');
            Taellinger.Fyld(taellere, PersonBygger.M(dele[1]), 1, 0, 0, int.Parse(dele[0], System.Globalization.CultureInfo.InvariantCulture));
        }

        var statusser = Felter(status).Select(f =>
        {
            string[] dele = f.Split(':');
            Koder.TryParse(dele[1], out Tilsynsstatus s).Should().BeTrue();
            return new Kommunestatus(int.Parse(dele[0], System.Globalization.CultureInfo.InvariantCulture), s, null, null, null);
        });
        var medBenchmark = Felter(benchmark).Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture));

        var kommuner = RapporteredeKommuner.For(taellere, Maaleperiode.Aar(2023), medBenchmark, statusser);

        string.Join(",", kommuner).Should().Be(forventet, scenario);
    }

    private static string[] Felter(string tekst) => tekst.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
