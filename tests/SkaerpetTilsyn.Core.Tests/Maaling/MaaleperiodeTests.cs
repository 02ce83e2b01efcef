using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Tests.TestData;

namespace SkaerpetTilsyn.Core.Tests.Maaling;

public sealed class MaaleperiodeTests
{
    // § 2 stk. 3, SPEC §4 and §7: the year, the rolling 12 months ending with a month, the year so far and the rest of it.
    public static TheoryData<string, string, string, string, int> Perioder => new()
    {
        { "aar", "2023-06", "2023-01", "2023-12", 12 },
        { "tolv", "2024-01", "2023-02", "2024-01", 12 },
        { "tolv", "2024-12", "2024-01", "2024-12", 12 },
        { "tolv", "2024-06", "2023-07", "2024-06", 12 },
        { "aaret", "2024-01", "2024-01", "2024-01", 1 },
        { "aaret", "2024-06", "2024-01", "2024-06", 6 },
        { "aaret", "2024-12", "2024-01", "2024-12", 12 },
        { "resten", "2024-01", "2024-02", "2024-12", 11 },
        { "resten", "2024-11", "2024-12", "2024-12", 1 },
        { "resten", "2024-12", "", "", 0 },
    };

    [Theory]
    [MemberData(nameof(Perioder))]
    public void Perioden_Maaned_FoersteOgSidsteMaaned(string slags, string maaned, string fra, string til, int antal)
    {
        var m = PersonBygger.M(maaned);
        var periode = slags switch
        {
            "aar" => Maaleperiode.Aar(m.Year),
            "tolv" => Maaleperiode.TolvMaanederTilOgMed(m),
            "aaret" => Maaleperiode.AaretTilOgMed(m),
            "resten" => Maaleperiode.RestenAfAaret(m),
            _ => throw new ArgumentOutOfRangeException(nameof(slags), slags, null),
        };

        var maaneder = new List<YearMonth>();
        foreach (var x in periode)
        {
            maaneder.Add(x);
        }

        periode.Antal.Should().Be(antal);
        maaneder.Should().HaveCount(antal);
        if (antal == 0)
        {
            return;
        }

        maaneder[0].Should().Be(PersonBygger.M(fra));
        maaneder[^1].Should().Be(PersonBygger.M(til));
        periode.Til.Should().Be(PersonBygger.M(til));
        maaneder.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("2023-01", "2023-01", 1)]
    [InlineData("2023-02", "2024-06", 17)]
    [InlineData("2023-12", "2024-01", 2)]
    public void FraTilOgMed_BeggeMed(string fra, string til, int antal)
    {
        var p = Maaleperiode.FraTilOgMed(PersonBygger.M(fra), PersonBygger.M(til));
        p.Antal.Should().Be(antal);
        p.Fra.Should().Be(PersonBygger.M(fra));
        p.Til.Should().Be(PersonBygger.M(til));
    }

    [Fact]
    public void FraTilOgMed_TilFoerFra_ArgumentException()
    {
        var act = () => Maaleperiode.FraTilOgMed(new YearMonth(2024, 2), new YearMonth(2024, 1));
        act.Should().Throw<ArgumentException>().WithMessage("Perioden slutter før den begynder.*");
    }

    [Theory]
    [InlineData("2022-12", false, -1)]
    [InlineData("2023-01", true, 0)]
    [InlineData("2023-12", true, 11)]
    [InlineData("2024-01", false, 12)]
    public void IndeholderOgIndeks_MaanedVedKanten(string maaned, bool indeholder, int indeks)
    {
        var aar = Maaleperiode.Aar(2023);
        aar.Indeholder(PersonBygger.M(maaned)).Should().Be(indeholder);
        aar.Indeks(PersonBygger.M(maaned)).Should().Be(indeks);
    }

    [Theory]
    [InlineData("2023-02", 12, true)]
    [InlineData("2023-01", 12, false)]
    [InlineData("2023-08", 12, false)]
    [InlineData("2023-07", 12, true)]
    [InlineData("2023-05", 0, true)]
    public void Indeholder_Periode_KunNaarHeleErMed(string fra, int antal, bool forventet)
    {
        var maalt = new Maaleperiode(new YearMonth(2023, 2), 17);
        maalt.Indeholder(new Maaleperiode(PersonBygger.M(fra), antal)).Should().Be(forventet);
    }
}
