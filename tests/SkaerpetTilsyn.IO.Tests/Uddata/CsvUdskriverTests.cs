using System.Text;
using SkaerpetTilsyn.IO.Tabeller;
using SkaerpetTilsyn.IO.Tests.Tabeller;
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

    public static TheoryData<Uddataformat, string[]> Formater => new()
    {
        { Uddataformat.Csv, ["t.csv"] },
        { Uddataformat.Parquet, ["t.parquet"] },
        { Uddataformat.Begge, ["t.csv", "t.parquet"] },
    };

    [Theory]
    [MemberData(nameof(Formater))]
    public void SkrivFil_Format_SkriverDeFiler(Uddataformat format, string[] filer)
    {
        using Datamappe mappe = new();
        string ud = Path.Combine(mappe.Sti, "ud");
        Directory.CreateDirectory(ud);

        CsvUdskriver.SkrivFil(Path.Combine(ud, "t.csv"), CsvDialekt.Standard with { Format = format }, u => u.Raekke("kommune", "fm1"));

        Directory.GetFiles(ud).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(filer);
    }

    [Fact]
    public void SkrivFil_ExcelOgBegge_ExcelGaelderKunCsv()
    {
        using Datamappe mappe = new();
        Action<CsvUdskriver> skriv = u =>
        {
            u.Raekke("kommune", "fm1");
            u.Raekke("101", u.Dialekt.Decimal("58.41"));
        };

        CsvUdskriver.SkrivFil(mappe.Fil("a.csv"), CsvDialekt.Excel with { Format = Uddataformat.Begge }, skriv);
        Directory.CreateDirectory(mappe.Fil("b"));
        CsvUdskriver.SkrivFil(Path.Combine(mappe.Fil("b"), "a.csv"), CsvDialekt.Standard with { Format = Uddataformat.Parquet }, skriv);

        File.ReadAllBytes(mappe.Fil("a.csv")).Should().Equal([.. Encoding.UTF8.GetPreamble(), .. "kommune;fm1\n101;58,41\n"u8.ToArray()]);
        File.ReadAllBytes(mappe.Fil("a.parquet")).Should().Equal(File.ReadAllBytes(Path.Combine(mappe.Fil("b"), "a.parquet")));
        Parquetfil.Laes(mappe.Fil("a.parquet"))["fm1"].Vaerdier.Should().Equal(new object?[] { 58.41m });
    }

    [Fact]
    public void SkrivFil_Tabeller_GiverTabellenIStandarddialektenOgSkriverIntet()
    {
        using Datamappe mappe = new();
        var tabeller = new List<Tabel>();
        string sti = Path.Combine(mappe.Sti, "2023", "afgoerelser.csv");

        CsvUdskriver.SkrivFil(sti, CsvDialekt.Excel with { Format = Uddataformat.Begge, Tabeller = tabeller.Add }, u =>
        {
            u.Raekke("kommune", "fm1", "navn");
            u.Raekke("101", u.Dialekt.Decimal("58.41"), "");
        });

        Directory.Exists(Path.Combine(mappe.Sti, "2023")).Should().BeFalse();
        var t = tabeller.Should().ContainSingle().Subject;
        t.Navn.Should().Be(Path.ChangeExtension(sti, null).Replace('\\', '/'));
        t.Kolonner.Should().Equal("kommune", "fm1", "navn");
        t.Antal.Should().Be(1);
        t.Tekst(0, 1).Should().Be("58.41");
        t.Heltal(0, 0).Should().Be(101);
        t.Decimal(0, 1).Should().Be(58.41m);
        t.Tekst(0, 2).Should().BeNull("empty is NULL");
    }

    [Fact]
    public void Inddataformat_ExcelMedParquet_StandarddialektMedSammeFiler()
    {
        var excel = CsvDialekt.Excel with { Format = Uddataformat.Begge };

        excel.Inddataformat.Should().Be(CsvDialekt.Standard with { Format = Uddataformat.Begge });
    }
}
