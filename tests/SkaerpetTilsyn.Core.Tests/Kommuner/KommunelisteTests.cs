using SkaerpetTilsyn.Core.Kommuner;

namespace SkaerpetTilsyn.Core.Tests.Kommuner;

public class KommunelisteTests
{
    public static TheoryData<int, string> Stikproever => new()
    {
        // Hovedstaden
        { 101, "København" },
        { 147, "Frederiksberg" },
        { 169, "Høje-Taastrup" },
        { 400, "Bornholm" },
        // Sjælland
        { 259, "Køge" },
        { 370, "Næstved" },
        // Syddanmark
        { 461, "Odense" },
        { 492, "Ærø" },
        { 580, "Aabenraa" },
        // Midtjylland
        { 615, "Horsens" },
        { 751, "Aarhus" },
        { 760, "Ringkøbing-Skjern" },
        // Nordjylland
        { 773, "Morsø" },
        { 825, "Læsø" },
        { 851, "Aalborg" },
        { 860, "Hjørring" },
    };

    [Fact]
    public void Alle_Count_Is98()
    {
        Kommuneliste.Alle.Should().HaveCount(98);
    }

    [Fact]
    public void Alle_Codes_AreUniqueAndSorted()
    {
        var koder = Kommuneliste.Alle.Select(k => k.Kode).ToList();

        koder.Should().OnlyHaveUniqueItems();
        koder.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Alle_Codes_AreThreeDigits()
    {
        Kommuneliste.Alle.Should().OnlyContain(k => k.Kode >= 100 && k.Kode <= 999);
    }

    [Fact]
    public void Findes_Christiansoe_IsFalse()
    {
        Kommuneliste.Findes(411).Should().BeFalse();
        Kommuneliste.TryFind(411, out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Stikproever))]
    public void Navn_KnownCode_IsOfficialName(int kode, string navn)
    {
        Kommuneliste.Findes(kode).Should().BeTrue();
        Kommuneliste.Navn(kode).Should().Be(navn);
        Kommuneliste.TryFind(kode, out var kommune).Should().BeTrue();
        kommune.Should().Be(new Kommune(kode, navn));
    }
}
