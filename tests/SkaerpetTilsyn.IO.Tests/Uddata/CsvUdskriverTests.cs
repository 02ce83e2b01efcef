using System.Text;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

public sealed class CsvUdskriverTests
{
    public static TheoryData<string?, string> Felter => new()
    {
        { "abc", "abc" },
        { null, "" },
        { "", "" },
        { "a,b", "\"a,b\"" },
        { "si \"hej\"", "\"si \"\"hej\"\"\"" },
        { "to\nlinjer", "\"to\nlinjer\"" },
        { "æøå", "æøå" },
        { "-5", "-5" },
    };

    [Theory]
    [MemberData(nameof(Felter))]
    public void Raekke_Value_QuotedOnlyWhenNeeded(string? vaerdi, string forventet)
    {
        using MemoryStream stream = new();
        using (CsvUdskriver udskriver = new(stream))
        {
            udskriver.Raekke("x", vaerdi);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("x," + forventet + "\n");
    }

    [Fact]
    public void Raekke_SeveralRecords_LfLineEndingsNoBom()
    {
        using MemoryStream stream = new();
        using (CsvUdskriver udskriver = new(stream))
        {
            udskriver.Raekke("a", "b");
            udskriver.Raekke("1", null);
        }

        stream.ToArray().Should().Equal("a,b\n1,\n"u8.ToArray());
    }

    [Fact]
    public void SkrivFil_Records_WrittenAtomically()
    {
        using Datamappe mappe = new();
        string sti = mappe.Fil("ud.csv");

        CsvUdskriver.SkrivFil(sti, CsvDialekt.Standard, udskriver => udskriver.Raekke("kommune", "navn"));

        File.ReadAllText(sti).Should().Be("kommune,navn\n");
        Directory.GetFiles(mappe.Sti, "*.tmp").Should().BeEmpty();
    }

    public static TheoryData<string?, string> ExcelFelter => new()
    {
        { "abc", "abc" },
        { "a;b", "\"a;b\"" },
        { "a,b", "a,b" },
        { null, "" },
    };

    [Theory]
    [MemberData(nameof(ExcelFelter))]
    public void Raekke_ExcelDialekt_SemikolonOgCitatKunVedBehov(string? vaerdi, string forventet)
    {
        using MemoryStream stream = new();
        using (CsvUdskriver udskriver = new(stream, CsvDialekt.Excel))
        {
            udskriver.Raekke("x", vaerdi);
        }

        stream.ToArray().Should().Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("x;" + forventet + "\n")]);
    }

    public static TheoryData<string?, string?, string?> Decimaler => new()
    {
        { ",", "30.00", "30.00" },
        { ";", "30.00", "30,00" },
        { ";", "-112.5", "-112,5" },
        { ";", "100", "100" },
        { ";", null, null },
    };

    [Theory]
    [MemberData(nameof(Decimaler))]
    public void Decimal_Dialekt_DecimaltegnetFoelgerDialekten(string? separator, string? vaerdi, string? forventet)
    {
        var dialekt = separator == ";" ? CsvDialekt.Excel : CsvDialekt.Standard;

        dialekt.Decimal(vaerdi).Should().Be(forventet);
    }
}
