using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

public sealed class DanskeTalTests
{
    public static TheoryData<long, string> Heltal => new()
    {
        { 0, "0" },
        { 999, "999" },
        { 1000, "1.000" },
        { 51301, "51.301" },
        { 1234567, "1.234.567" },
        { -1234, "-1.234" },
    };

    [Theory]
    [MemberData(nameof(Heltal))]
    public void Heltal_Antal_TusindtalsPunktum(long v, string forventet) => DanskeTal.Heltal(v).Should().Be(forventet);

    public static TheoryData<long, long, string> Procenter => new()
    {
        { 5841, 100, "58,41 %" },
        { 100, 1, "100,00 %" },
        { 0, 1, "0,00 %" },
        { 25, 2, "12,50 %" },
        { 200, 3, "66,67 %" },
        { 1, 800, "0,00 %" },
        { 1, 200, "0,01 %" },
    };

    [Theory]
    [MemberData(nameof(Procenter))]
    public void Procent_Andel_ToDecimalerKommaOgMellemrumFoerProcenttegn(long taeller, long naevner, string forventet) =>
        DanskeTal.Procent(new Brok(taeller, naevner)).Should().Be(forventet);

    [Fact]
    public void Procent_Udefineret_Null() => DanskeTal.Procent(null).Should().BeNull();

    [Theory]
    [InlineData("30", "30")]
    [InlineData("12.5", "12,5")]
    [InlineData("0.25", "0,25")]
    [InlineData("1234.5", "1234,5")]
    public void Decimal_Regeltal_HoejstToDecimalerUdenNuller(string v, string forventet) =>
        DanskeTal.Decimal(decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(forventet);

    // SPEC §9.1: the rejected share with one decimal, rounded half away from zero from the exact fraction.
    public static TheoryData<long, long, string> Andele => new()
    {
        { 2, 100, "2,0 %" },
        { 1, 3, "33,3 %" },
        { 2, 3, "66,7 %" },
        { 1, 16, "6,3 %" },
        { 1, 800, "0,1 %" },
        { 1, 2000, "0,1 %" },
        { 1, 2001, "0,0 %" },
        { 3108, 4215, "73,7 %" },
        { 12, 12, "100,0 %" },
    };

    [Theory]
    [MemberData(nameof(Andele))]
    public void Andel_DelAfHel_EnDecimalKommaOgProcenttegn(long del, long hel, string forventet) => DanskeTal.Andel(del, hel).Should().Be(forventet);

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData("0.125", "0,125")]
    [InlineData("100", "100")]
    public void Eksakt_Tal_SomGivetUdenNuller(string v, string forventet) =>
        DanskeTal.Eksakt(decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(forventet);
}
