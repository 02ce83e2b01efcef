using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Tests.Beregning;

public sealed class DatadaekningTests
{
    private const string Dublet = "samtaler.csv: 1 dublet brugt én gang";

    // SPEC §9.2 for the opgørelse for 2023: data end ≥ 2023-12-31 (an error without the option, a warning with it); data start after
    // 2022-01-01 is a warning. Rows: start, end, allowed, expected error, expected warnings.
    public static TheoryData<string?, string?, bool, string?, string[]> Aar => new()
    {
        { "2022-01-01", "2023-12-31", false, null, [] },
        { "2020-06-01", "2024-06-30", false, null, [] },
        { "2022-01-01", "2023-12-30", false, "Data slutter 2023-12-30; opgørelsen for 2023 kræver data til og med 2023-12-31.", [] },
        { null, null, false, "Inddata har ingen rækker med datoer; opgørelsen for 2023 kræver data til og med 2023-12-31.", [] },
        {
            "2022-01-01", "2023-12-30", true, null,
            ["Data slutter 2023-12-30; opgørelsen for 2023 kræver data til og med 2023-12-31, men kørslen fortsatte med --tillad-ufuldstaendige-data."]
        },
        {
            "2022-01-02", "2023-12-31", false, null,
            ["Data begynder 2022-01-02, efter 2022-01-01; forløb, der begyndte før data, kendes ikke, så målgruppen i opgørelsen for 2023 kan være for lille."]
        },
        {
            "2023-03-01", "2023-11-30", true, null,
            [
                "Data slutter 2023-11-30; opgørelsen for 2023 kræver data til og med 2023-12-31, men kørslen fortsatte med --tillad-ufuldstaendige-data.",
                "Data begynder 2023-03-01, efter 2022-01-01; forløb, der begyndte før data, kendes ikke, så målgruppen i opgørelsen for 2023 kan være for lille.",
            ]
        },
    };

    // The same rule for monitoring up to 2024-06: January 2024's rolling figure reaches back to February 2023, so data from 2022-02-01.
    public static TheoryData<string, string, bool, string?, string[]> Til => new()
    {
        { "2022-02-01", "2024-06-30", false, null, [] },
        { "2022-02-01", "2024-06-29", false, "Data slutter 2024-06-29; --til 2024-06 kræver data til og med 2024-06-30.", [] },
        {
            "2022-02-01", "2024-05-31", true, null,
            ["Data slutter 2024-05-31; --til 2024-06 kræver data til og med 2024-06-30, men kørslen fortsatte med --tillad-ufuldstaendige-data."]
        },
        {
            "2022-02-02", "2024-06-30", false, null,
            ["Data begynder 2022-02-02, efter 2022-02-01; forløb, der begyndte før data, kendes ikke, så målgruppen i overvågningen til 2024-06 kan være for lille."]
        },
    };

    [Theory]
    [MemberData(nameof(Aar))]
    public void KontrollerAar_Dataperiode_FejlEllerAdvarsler(string? start, string? slut, bool tillad, string? fejl, string[] advarsler)
    {
        var grundlag = Grundlag(start, slut, tillad);

        var kontroller = () => Datadaekning.KontrollerAar(grundlag, 2023);

        Forvent(kontroller, grundlag, fejl, advarsler);
    }

    [Theory]
    [MemberData(nameof(Til))]
    public void KontrollerTil_Dataperiode_FejlEllerAdvarsler(string start, string slut, bool tillad, string? fejl, string[] advarsler)
    {
        var grundlag = Grundlag(start, slut, tillad);
        var maalt = Maaleperiode.FraTilOgMed(new YearMonth(2023, 2), new YearMonth(2024, 6));

        var kontroller = () => Datadaekning.KontrollerTil(grundlag, maalt);

        Forvent(kontroller, grundlag, fejl, advarsler);
    }

    [Fact]
    public void KontrollerAar_AdvarslerFoerKontrollen_BevaresOgSammeAdvarselKunEnGang()
    {
        var grundlag = Grundlag("2022-06-01", "2023-12-31", tillad: false);
        grundlag.Advarsler.Tilfoej(Dublet);

        Datadaekning.KontrollerAar(grundlag, 2023);
        Datadaekning.KontrollerAar(grundlag, 2023);

        grundlag.Advarsler.Should().HaveCount(2).And.StartWith(Dublet);
    }

    private static void Forvent(Action kontroller, Beregningsgrundlag grundlag, string? fejl, string[] advarsler)
    {
        if (fejl is null)
        {
            kontroller.Should().NotThrow();
        }
        else
        {
            kontroller.Should().Throw<DatagrundlagException>().Which.Message.Should().Be(fejl);
        }

        grundlag.Advarsler.Should().Equal(advarsler);
    }

    private static Beregningsgrundlag Grundlag(string? start, string? slut, bool tillad) =>
        new([], null, start is null || slut is null ? new Dataperiode() : Personer.Periode(Dato(start), Dato(slut))) { TilladUfuldstaendigeData = tillad };

    private static LocalDate Dato(string tekst) => LocalDatePattern.Iso.Parse(tekst).Value;
}
