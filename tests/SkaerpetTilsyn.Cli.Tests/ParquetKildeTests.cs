using System.Text;
using SkaerpetTilsyn.Testvaerktoej;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>A data folder given as Parquet (SPEC §13.1), as text columns or typed, gives the CSV run's outputs and rejected rows byte for byte.</summary>
public class ParquetKildeTests
{
    public static TheoryData<bool, int> Udgaver => new()
    {
        { false, 1_000_000 },
        { true, 1_000_000 },
        { false, 7 },
        { true, 7 },
    };

    [Theory]
    [MemberData(nameof(Udgaver))]
    public void Opgoerelse_DemoSomParquet_SammeBytesSomCsv(bool typede, int raekkegruppe)
    {
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, csv).Should().BeGreaterThan(0, "the demo has a row of the wrong field count, which Parquet cannot hold");
        string parquet = Repo.NyMappe();
        CsvTilParquet.Mappe(csv, parquet, typede, raekkegruppe);

        SammeUdfald(csv, parquet, "opgoerelse", "--aar", "2023");
    }

    [Theory]
    [MemberData(nameof(Udgaver))]
    public void Opgoerelse_GenereretMedFejlDubletterOgUorden_SammeBytesSomCsv(bool typede, int raekkegruppe)
    {
        string genereret = Repo.NyMappe();
        Koersel.Start("generer", "--ud", genereret, "--personer", "1500", "--bad-rows", "30", "--seed", "7").Kode.Should().Be(0);
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(genereret, csv);
        Uorden(Path.Combine(csv, "ydelser.csv"), linjer => [.. linjer.AsEnumerable().Reverse()]);
        Uorden(Path.Combine(csv, "samtaler.csv"), linjer => [.. linjer.Skip(40), .. linjer.Take(40), .. linjer.Take(5)]);
        Uorden(Path.Combine(csv, "tilbud.csv"), linjer => [.. linjer, .. linjer.Take(3)]);
        string parquet = Repo.NyMappe();
        CsvTilParquet.Mappe(csv, parquet, typede, raekkegruppe);

        var (_, afviste) = SammeUdfald(csv, parquet, "opgoerelse", "--aar", "2023");
        afviste.Should().Contain(l => l.StartsWith("ydelser.parquet,", StringComparison.Ordinal), "the generated set has bad ydelser rows");
    }

    [Fact]
    public void Valider_GenereretMedFejl_SammeAfvisteSomCsv()
    {
        string genereret = Repo.NyMappe();
        Koersel.Start("generer", "--ud", genereret, "--personer", "800", "--bad-rows", "20", "--seed", "9").Kode.Should().Be(0);
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(genereret, csv);
        string parquet = Repo.NyMappe();
        CsvTilParquet.Mappe(csv, parquet, typede: false, raekkegruppe: 100);

        SammeUdfald(csv, parquet, "valider");
    }

    [Fact]
    public void Opgoerelse_BaadeCsvOgParquet_Exit2()
    {
        string data = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, data);
        CsvTilParquet.Fil(Path.Combine(data, "samtaler.csv"), Path.Combine(data, "samtaler.parquet"), typede: true, raekkegruppe: 100);

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain($"samtaler findes som både samtaler.csv og samtaler.parquet i '{data}'; der må kun være én af dem.");
    }

    [Fact]
    public void Opgoerelse_Parquet_KoerselNaevnerFilOgDensSha256()
    {
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, csv);
        string parquet = Repo.NyMappe();
        CsvTilParquet.Mappe(csv, parquet, typede: true, raekkegruppe: 100);
        string ud = Repo.NyMappe();

        Koersel.Start("opgoerelse", "--data", parquet, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        string koersel = File.ReadAllText(Path.Combine(ud, "koersel.json"));
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(parquet, "ydelser.parquet"))));
        koersel.Should().Contain("ydelser.parquet").And.Contain(sha);
    }

    private static void Uorden(string sti, Func<string[], string[]> omordn)
    {
        string[] linjer = File.ReadAllLines(sti);
        File.WriteAllLines(sti, [linjer[0], .. omordn(linjer[1..])]);
    }

    /// <summary>
    /// Runs the command on both folders and asserts the same files with the same bytes: koersel.json aside, afviste.csv's file names read as CSV,
    /// and rapport.html without its Datagrundlag section, which names each input file and its hash (SPEC §9.6).
    /// </summary>
    private static (string Ud, string[] Afviste) SammeUdfald(string csv, string parquet, params string[] kommando)
    {
        var fraCsv = Koer(csv, kommando);
        var fraParquet = Koer(parquet, kommando);
        fraParquet.Keys.Should().BeEquivalentTo(fraCsv.Keys);
        string[] afviste = [];
        foreach (var (navn, bytes) in fraCsv)
        {
            if (navn == "koersel.json")
            {
                continue;
            }

            if (navn == "afviste.csv")
            {
                afviste = Encoding.UTF8.GetString(fraParquet[navn]).Split('\n');
                string somCsv = Encoding.UTF8.GetString(fraParquet[navn]).Replace(".parquet,", ".csv,", StringComparison.Ordinal);
                somCsv.Should().Be(Encoding.UTF8.GetString(bytes), navn);
                continue;
            }

            if (navn == "rapport.html")
            {
                UdenDatagrundlag(fraParquet[navn]).Should().Be(UdenDatagrundlag(bytes), navn);
                continue;
            }

            fraParquet[navn].Should().Equal(bytes, navn);
        }

        return (parquet, afviste);
    }

    private static string UdenDatagrundlag(byte[] rapport)
    {
        string html = Encoding.UTF8.GetString(rapport);
        int start = html.IndexOf("<section id=\"datagrundlag\">", StringComparison.Ordinal);
        int slut = html.IndexOf("</section>", start, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "every report begins with its Datagrundlag");
        return html[..start] + html[slut..];
    }

    private static Dictionary<string, byte[]> Koer(string data, string[] kommando)
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start([kommando[0], "--data", data, "--ud", ud, .. kommando[1..]]);
        k.Kode.Should().Be(0, k.Fejl);
        return Directory.GetFiles(ud).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }
}
