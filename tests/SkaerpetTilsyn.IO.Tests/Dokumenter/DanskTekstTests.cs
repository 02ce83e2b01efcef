using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Dokumenter;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

public sealed class DanskTekstTests
{
    [Theory]
    [InlineData(2024, 1, 1, "1. januar 2024")]
    [InlineData(2024, 2, 29, "29. februar 2024")]
    [InlineData(2024, 3, 5, "5. marts 2024")]
    [InlineData(2024, 4, 30, "30. april 2024")]
    [InlineData(2024, 5, 1, "1. maj 2024")]
    [InlineData(2024, 6, 15, "15. juni 2024")]
    [InlineData(2024, 7, 31, "31. juli 2024")]
    [InlineData(2024, 8, 1, "1. august 2024")]
    [InlineData(2024, 9, 30, "30. september 2024")]
    [InlineData(2024, 10, 1, "1. oktober 2024")]
    [InlineData(2024, 11, 30, "30. november 2024")]
    [InlineData(2023, 12, 31, "31. december 2023")]
    public void LangDato_Date_DanishLongDate(int aar, int maaned, int dag, string forventet)
    {
        DanskTekst.LangDato(new LocalDate(aar, maaned, dag)).Should().Be(forventet);
    }

    [Fact]
    public void LangDato_Absent_Empty()
    {
        DanskTekst.LangDato(null).Should().BeEmpty();
    }

    // Two decimals rounded half away from zero from the exact value, decimal comma, an ordinary space before %.
    [Theory]
    [InlineData(5178, 100, "51,78 %")]
    [InlineData(200, 3, "66,67 %")]
    [InlineData(100, 3, "33,33 %")]
    [InlineData(81770, 2000, "40,89 %")]
    [InlineData(30, 1, "30,00 %")]
    [InlineData(0, 1, "0,00 %")]
    public void Procent_ExactValue_DanishNotation(long taeller, long naevner, string forventet)
    {
        DanskTekst.Procent(new Brok(taeller, naevner)).Should().Be(forventet);
    }

    [Theory]
    [InlineData("30", "30,00 %")]
    [InlineData("40.885", "40,89 %")]
    [InlineData(null, "")]
    public void Procent_StoredDecimal_TwoDecimals(string? tekst, string forventet)
    {
        decimal? v = tekst is null ? null : decimal.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture);
        DanskTekst.Procent(v).Should().Be(forventet);
        DanskTekst.Procent((Brok?)null).Should().BeEmpty();
    }

    [Theory]
    [InlineData("17.2", "17,2 %")]
    [InlineData("16", "16 %")]
    public void ProcentSomGivet_BenchmarkText_EchoedWithComma(string tekst, string forventet)
    {
        DanskTekst.ProcentSomGivet(tekst).Should().Be(forventet);
    }

    [Fact]
    public void Navn_EveryYdelse_DanishName()
    {
        string.Join("|", Koder.AlleYdelser.Select(DanskTekst.Navn)).Should().Be(
            "arbejdsløshedsdagpenge|sygedagpenge|selvforsørgelses- og hjemrejseydelse eller overgangsydelse|uddannelseshjælp|kontanthjælp|revalideringsydelse|ressourceforløbsydelse|ledighedsydelse");
    }
}
