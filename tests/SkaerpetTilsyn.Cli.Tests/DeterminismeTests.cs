using System.IO.Compression;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>The same generated data give byte-identical outputs with 1, 2 and 8 threads, from sorted, unsorted and gzip input (SPEC §7).</summary>
public class DeterminismeTests
{
    [Fact]
    public void Opgoerelse_TraadeSorteringOgGzip_ByteensResultater()
    {
        string sorteret = Repo.NyMappe();
        Koersel.Start("generer", "--ud", sorteret, "--personer", "3000", "--seed", "5").Kode.Should().Be(0);
        string usorteret = Repo.NyMappe();
        string gzip = Repo.NyMappe();
        foreach (string fil in Directory.GetFiles(sorteret))
        {
            string navn = Path.GetFileName(fil);
            var linjer = File.ReadAllLines(fil);

            // Reversed rows: every person file is then unsorted, which sends the reading to memory.
            File.WriteAllLines(Path.Combine(usorteret, navn), [linjer[0], .. linjer.Skip(1).Reverse()]);
            using var ud = File.Create(Path.Combine(gzip, navn + ".gz"));
            using var gz = new GZipStream(ud, CompressionLevel.Fastest);
            using var ind = File.OpenRead(fil);
            ind.CopyTo(gz);
        }

        var reference = Koer(sorteret, "1");
        foreach (string traade in new[] { "2", "8" })
        {
            Koer(sorteret, traade).Should().BeEquivalentTo(reference, $"--traade {traade}");
        }

        // Different input files: koersel.json and the report's Datagrundlag name and hash them, and line numbers follow the rows.
        string[] samme = ["fokusmaal_maaned.csv", "afgoerelser.csv", "status.csv", "passivsager.csv"];
        var omvendt = Koer(usorteret, "8");
        var komprimeret = Koer(gzip, "2");
        foreach (string navn in samme)
        {
            omvendt[navn].Should().Equal(reference[navn], navn);
            komprimeret[navn].Should().Equal(reference[navn], navn);
        }

        UdenDatagrundlag(omvendt["rapport.html"]).Should().Be(UdenDatagrundlag(reference["rapport.html"]));
        UdenDatagrundlag(komprimeret["rapport.html"]).Should().Be(UdenDatagrundlag(reference["rapport.html"]));
    }

    private static string UdenDatagrundlag(byte[] html)
    {
        string tekst = System.Text.Encoding.UTF8.GetString(html);
        int fra = tekst.IndexOf("<section id=\"datagrundlag\">", StringComparison.Ordinal);
        int til = tekst.IndexOf("</section>", fra, StringComparison.Ordinal);
        fra.Should().BePositive();
        return tekst.Remove(fra, til - fra);
    }

    private static Dictionary<string, byte[]> Koer(string data, string traade)
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--traade", traade);
        k.Kode.Should().Be(0, k.Fejl);
        return Directory.GetFiles(ud).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }
}
