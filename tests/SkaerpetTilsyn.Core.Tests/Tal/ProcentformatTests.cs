using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Tests.Tal;

public sealed class ProcentformatTests
{
    // SPEC §4, §8.8: percentages are printed with 2 decimals, rounded half away from zero from the exact value.
    public static TheoryData<long, long, string, string> Afrunding => new()
    {
        { 100, 3, "33.33", "33,33 %" },
        { 200, 3, "66.67", "66,67 %" },
        { 1, 8, "0.13", "0,13 %" },
        { 469, 200, "2.35", "2,35 %" },
        { 1, 200, "0.01", "0,01 %" },
        { 1, 400, "0.00", "0,00 %" },
        { 30, 1, "30.00", "30,00 %" },
        { 2999, 100, "29.99", "29,99 %" },
        { 59999, 2000, "30.00", "30,00 %" },
        { 0, 7, "0.00", "0,00 %" },
        { -1, 8, "-0.13", "-0,13 %" },
        { -1, 400, "0.00", "0,00 %" },
        { 12345, 1, "12345.00", "12345,00 %" },
    };

    [Theory]
    [MemberData(nameof(Afrunding))]
    public void FilOgDansk_Broek_ToDecimalerHalvtVaekFraNul(long taeller, long naevner, string fil, string dansk)
    {
        var v = new Brok(taeller, naevner);
        Procentformat.Fil(v).Should().Be(fil);
        Procentformat.Fil((Brok?)v).Should().Be(fil);
        Procentformat.Dansk(v).Should().Be(dansk);
    }

    [Fact]
    public void Fil_Udefineret_TomtFelt()
    {
        Procentformat.Fil(null).Should().BeNull();
    }

    [Theory]
    [InlineData("30.005", "30.01")]
    [InlineData("30.004999", "30.00")]
    [InlineData("-30.005", "-30.01")]
    [InlineData("40", "40.00")]
    public void Fil_GemtDecimal_SammeAfrundingSomBroeken(string tekst, string forventet)
    {
        // A basis read from status.csv is printed by the same rule as a computed figure.
        Procentformat.Fil(Brok.Fra(decimal.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture))).Should().Be(forventet);
    }
}
