using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Tests.Tabeller;

public sealed class FeltvaerdiTests
{
    private static readonly Feltsted s_sted = new("passivsager.parquet", "timer_i_vindue", 3);

    public static TheoryData<string, Kolonnetype, decimal> ParquetDecimaler => new()
    {
        { "58.41", Kolonnetype.Procent, 58.41m },
        { "-0.01", Kolonnetype.Procent, -0.01m },
        { "99999.99", Kolonnetype.Procent, 99999.99m },
        { "-99999.99", Kolonnetype.Procent, -99999.99m },
        { "112.5", Kolonnetype.Timer, 112.5m },
        { "100", Kolonnetype.Timer, 100m },
        { "1.2345", Kolonnetype.Timer, 1.2345m },
        // More decimals than DECIMAL(18,4) holds: rounded half away from zero.
        { "1.23454", Kolonnetype.Timer, 1.2345m },
        { "1.23455", Kolonnetype.Timer, 1.2346m },
        { "-1.23455", Kolonnetype.Timer, -1.2346m },
        { "99999999999999.9999", Kolonnetype.Timer, 99999999999999.9999m },
    };

    [Theory]
    [MemberData(nameof(ParquetDecimaler))]
    public void Decimal_ParquetKolonne_AfrundetTilKolonnensDecimaler(string tekst, Kolonnetype type, decimal forventet) =>
        Feltvaerdi.Decimal(tekst, type, s_sted).Should().Be(forventet);

    public static TheoryData<string, Kolonnetype, string> ForStore => new()
    {
        { "100000.00", Kolonnetype.Procent, "DECIMAL(7,2)" },
        { "-100000", Kolonnetype.Procent, "DECIMAL(7,2)" },
        { "99999.995", Kolonnetype.Procent, "DECIMAL(7,2)" },
        { "100000000000000", Kolonnetype.Timer, "DECIMAL(18,4)" },
    };

    [Theory]
    [MemberData(nameof(ForStore))]
    public void Decimal_UdenForPraecisionen_FejlNaevnerStedet(string tekst, Kolonnetype type, string hvad)
    {
        var handling = () => Feltvaerdi.Decimal(tekst, type, s_sted);

        handling.Should().Throw<InputFejlException>().WithMessage(
            $"Værdien '{tekst}' i kolonnen 'timer_i_vindue' i passivsager.parquet, række 3, kan ikke skrives som {hvad}; skriv tabellen som CSV med --format csv.");
    }

    [Fact]
    public void Decimal_Eksakt_BeholderAlleDecimaler() => Feltvaerdi.Decimal("1.23456789", s_sted).Should().Be(1.23456789m);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-5", -5)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Heltal_Int32_Laeses(string tekst, int forventet) => Feltvaerdi.Heltal(tekst, s_sted).Should().Be(forventet);

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1.5")]
    [InlineData("12a")]
    public void Heltal_IkkeInt32_FejlNaevnerStedet(string tekst)
    {
        var handling = () => Feltvaerdi.Heltal(tekst, s_sted);

        handling.Should().Throw<InputFejlException>().WithMessage(
            $"Værdien '{tekst}' i kolonnen 'timer_i_vindue' i passivsager.parquet, række 3, kan ikke skrives som et heltal (INT32); skriv tabellen som CSV med --format csv.");
    }

    [Theory]
    [InlineData("2024-07-31", 2024, 7, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Dato_Iso_Laeses(string tekst, int aar, int maaned, int dag) => Feltvaerdi.Dato(tekst, s_sted).Should().Be(new DateOnly(aar, maaned, dag));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-7-31")]
    [InlineData("31-07-2024")]
    public void Dato_IkkeIso_Fejl(string tekst)
    {
        var handling = () => Feltvaerdi.Dato(tekst, s_sted);

        handling.Should().Throw<InputFejlException>().WithMessage("*kan ikke skrives som en dato;*");
    }
}
