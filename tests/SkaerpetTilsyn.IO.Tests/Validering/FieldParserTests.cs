using System.Globalization;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Tests.Validering;

public sealed class FieldParserTests
{
    public static TheoryData<string, bool> Datoer => new()
    {
        { "2023-01-31", true },
        { "2024-02-29", true },
        { "2023-02-29", false },
        { "2000-02-29", true },
        { "1900-02-29", false },
        { "9999-12-31", true },
        { "0000-01-01", false },
        { "2023-00-10", false },
        { "2023-04-31", false },
        { "2023-4-30", false },
        { "2023/04/30", false },
        { "20230430", false },
        { "2023-04-30T00", false },
        { "２０２３-04-30", false },
    };

    public static TheoryData<string, string?> Tal => new()
    {
        { "0", "0" },
        { "16.4", "16.4" },
        { "-3.25", "-3.25" },
        { "007", "7" },
        { "1.000", "1.000" },
        { "", null },
        { "-", null },
        { ".5", null },
        { "5.", null },
        { "1,5", null },
        { "+1", null },
        { "1e3", null },
        { "1.2.3", null },
        { "- 1", null },
        { "99999999999999999999999999999999", null },
    };

    [Theory]
    [MemberData(nameof(Datoer))]
    public void TryDate_Text_OnlyExactRealDates(string tekst, bool gyldig)
    {
        bool ok = FieldParser.TryDate(Encoding.UTF8.GetBytes(tekst), out LocalDate dato);

        ok.Should().Be(gyldig);
        if (gyldig)
        {
            dato.ToString("yyyy-MM-dd", null).Should().Be(tekst);
        }
    }

    [Theory]
    [MemberData(nameof(Tal))]
    public void TryDecimal_Text_OnlyPlainDecimals(string tekst, string? forventet)
    {
        bool ok = FieldParser.TryDecimal(Encoding.UTF8.GetBytes(tekst), out decimal tal);

        ok.Should().Be(forventet is not null);
        if (forventet is not null)
        {
            tal.Should().Be(decimal.Parse(forventet, CultureInfo.InvariantCulture));
            tal.ToString(CultureInfo.InvariantCulture).Should().Be(forventet);
        }
    }
}
