using System.Text;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary><c>--format csv|parquet|begge</c> (SPEC §13.3) on the demo: every CSV has its Parquet twin with the same content, the same bytes every run.</summary>
public class UddataformatTests
{
    [Theory]
    [MemberData(nameof(Demokoersler.MedFormat), MemberType = typeof(Demokoersler))]
    public void Begge_Demo_HverParquetfilIndeholderSinCsv(string kommando)
    {
        string ud = Demokoersler.Koer(kommando, "--format", "begge");
        string[] csv = Demokoersler.Filer(ud, ".csv");

        csv.Should().NotBeEmpty();
        Demokoersler.Filer(ud, ".parquet").Should().Equal(csv.Select(f => Path.ChangeExtension(f, ".parquet")), "every table the command writes, status.csv and afviste.csv too");
        foreach (string f in csv)
        {
            ParquetSomCsv.Sammenlign(Path.Combine(ud, f), Path.Combine(ud, Path.ChangeExtension(f, ".parquet")));
        }
    }

    [Theory]
    [MemberData(nameof(Demokoersler.MedFormat), MemberType = typeof(Demokoersler))]
    public void Format_Demo_CsvOgParquetSomIBegge(string kommando)
    {
        string begge = Demokoersler.Koer(kommando, "--format", "begge");
        string csv = Demokoersler.Koer(kommando);
        string parquet = Demokoersler.Koer(kommando, "--format", "parquet");

        Demokoersler.Filer(parquet, ".csv").Should().BeEmpty();
        Demokoersler.Filer(csv, ".parquet").Should().BeEmpty();
        Demokoersler.Filer(parquet, ".html").Should().Equal(Demokoersler.Filer(csv, ".html"));
        File.Exists(Path.Combine(parquet, "koersel.json")).Should().BeTrue();
        foreach (string f in Demokoersler.Filer(begge, ".csv"))
        {
            File.ReadAllBytes(Path.Combine(csv, f)).Should().Equal(File.ReadAllBytes(Path.Combine(begge, f)), f);
        }

        foreach (string f in Demokoersler.Filer(begge, ".parquet"))
        {
            File.ReadAllBytes(Path.Combine(parquet, f)).Should().Equal(File.ReadAllBytes(Path.Combine(begge, f)), f);
        }
    }

    [Theory]
    [MemberData(nameof(Demokoersler.MedFormat), MemberType = typeof(Demokoersler))]
    public void Parquet_ToKoerslerEnOgToTraade_ByteIdentisk(string kommando)
    {
        string a = Demokoersler.Koer(kommando, "--format", "parquet", "--traade", "1");
        string b = Demokoersler.Koer(kommando, "--format", "parquet", "--traade", "2");

        string[] filer = Demokoersler.Filer(a, ".parquet");
        filer.Should().NotBeEmpty().And.Equal(Demokoersler.Filer(b, ".parquet"));
        foreach (string f in filer)
        {
            File.ReadAllBytes(Path.Combine(b, f)).Should().Equal(File.ReadAllBytes(Path.Combine(a, f)), f);
        }
    }

    public static TheoryData<string, string> KoerselFormat => new()
    {
        { "opgoerelse", "csv" },
        { "opgoerelse", "parquet" },
        { "monitor", "begge" },
        { "diff", "parquet" },
    };

    [Theory]
    [MemberData(nameof(KoerselFormat))]
    public void Koerseljson_Format_Registreret(string kommando, string format)
    {
        string[] ekstra = format == "csv" ? [] : ["--format", format];
        string ud = Demokoersler.Koer(kommando, ekstra);

        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain($"\n  \"format\": \"{format}\",\n");
    }

    [Fact]
    public void Parquet_SammeKoerselIgen_ErstattesStille_AndetFormatErEnAndenKoersel()
    {
        string ud = Demokoersler.Koer("opgoerelse", "--format", "parquet");
        string[] argumenter = [.. Demokoersler.Alle["opgoerelse"], "--ud", ud];

        Koersel.Start([.. argumenter, "--format", "parquet"]).Kode.Should().Be(0, "a folder of .parquet files and koersel.json holds a run's outputs");
        var anden = Koersel.Start([.. argumenter, "--format", "begge"]);
        anden.Kode.Should().Be(2);
        anden.Fejl.Should().Contain("indeholder resultaterne af en anden kørsel");
        Koersel.Start([.. argumenter, "--format", "begge", "--overskriv"]).Kode.Should().Be(0);
        File.Exists(Path.Combine(ud, "afgoerelser.csv")).Should().BeTrue();
    }

    [Fact]
    public void ExcelOgParquet_AfvistVedFortolkning()
    {
        string ud = Path.Combine(Repo.NyMappe(), "ud");

        var k = Koersel.Start([.. Demokoersler.Alle["opgoerelse"], "--ud", ud, "--excel", "--format", "parquet"]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be(
            "Fejl: --excel gælder kun CSV-filer og kan ikke bruges med --format parquet; brug --format begge for både Excel-CSV og Parquet.\n" +
            "Se 'skaerpet --help'.\n");
        Directory.Exists(ud).Should().BeFalse();
    }

    [Fact]
    public void ExcelOgBegge_ExcelCsvOgParquetSomUdenExcel()
    {
        string excel = Demokoersler.Koer("opgoerelse", "--excel", "--format", "begge");
        string standard = Demokoersler.Koer("opgoerelse", "--format", "parquet");

        File.ReadAllBytes(Path.Combine(excel, "afgoerelser.csv")).Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        foreach (string f in Demokoersler.Filer(standard, ".parquet"))
        {
            File.ReadAllBytes(Path.Combine(excel, f)).Should().Equal(File.ReadAllBytes(Path.Combine(standard, f)), $"{f}: --excel shapes only CSV");
        }
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("CSV")]
    [InlineData("")]
    public void Format_UkendtVaerdi_FejlNaevnerTilvalget(string vaerdi)
    {
        var k = Koersel.Start([.. Demokoersler.Alle["monitor"], "--ud", Path.Combine(Repo.NyMappe(), "ud"), "--format", vaerdi]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith($"Fejl: --format skal være csv, parquet eller begge, ikke '{vaerdi}'.\n");
    }
}
