namespace SkaerpetTilsyn.Cli.Tests;

public class OpgoerelseKommandoTests
{
    private static readonly string[] s_udfiler =
        ["fokusmaal_maaned.csv", "afgoerelser.csv", "status.csv", "passivsager.csv", "afviste.csv", "koersel.json", "rapport.html"];

    public static TheoryData<string> GoldenFiler => ["fokusmaal_maaned.csv", "afgoerelser.csv", "status.csv", "passivsager.csv", "afviste.csv"];

    [Theory]
    [MemberData(nameof(GoldenFiler))]
    public void Opgoerelse_Demo2023_MatcherGoldenFil(string fil)
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud);
        k.Kode.Should().Be(0, k.Fejl);

        string approved = Path.Combine(Repo.Golden, Path.ChangeExtension(fil, ".approved.csv"));
        string received = Path.Combine(Repo.Golden, Path.ChangeExtension(fil, ".received.csv"));
        byte[] faktisk = File.ReadAllBytes(Path.Combine(ud, fil));
        if (!File.Exists(approved) || !faktisk.AsSpan().SequenceEqual(File.ReadAllBytes(approved)))
        {
            File.WriteAllBytes(received, faktisk);
            string forventet = File.Exists(approved) ? File.ReadAllText(approved) : "";
            Assert.Fail($"{fil} differs from {approved}; wrote {received}.\n{Forskel(forventet, File.ReadAllText(received))}");
        }

        File.Delete(received);
    }

    [Fact]
    public void Opgoerelse_Demo2023_GiverAlleAfgoerelsestyper()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);
        string afgoerelser = File.ReadAllText(Path.Combine(ud, "afgoerelser.csv"));
        foreach (string a in new[] { ",udvalgt,", ",ikke_omfattet,", ",ophoert,", ",forlaenget,", ",administration," })
        {
            afgoerelser.Should().Contain(a);
        }

        File.ReadAllLines(Path.Combine(ud, "afviste.csv")).Length.Should().BeGreaterThan(1);
        File.ReadAllLines(Path.Combine(ud, "passivsager.csv")).Length.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Opgoerelse_ToKoersler_GiverByteIdentiskeFiler()
    {
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", a).Kode.Should().Be(0);
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", b).Kode.Should().Be(0);
        foreach (string fil in s_udfiler)
        {
            File.ReadAllBytes(Path.Combine(b, fil)).Should().Equal(File.ReadAllBytes(Path.Combine(a, fil)), fil);
        }

        Directory.GetFiles(a, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty("outputs are renamed into place");
    }

    [Fact]
    public void Opgoerelse_Opsummering_TalMedDanskNotation()
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().MatchRegex(@"ydelser\.csv\s*│\s*51\.301\s*│").And.NotContain("51,301");
    }

    [Fact]
    public void Opgoerelse_Strict_StopperVedFoersteFejlMedKode2()
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe(), "--strict");
        k.Kode.Should().Be(2);
        k.Fejl.Should().MatchRegex(@"Fejl: \w+\.csv linje \d+: .+");
    }

    [Fact]
    public void Opgoerelse_ManglendeDatamappe_EnSaetningOgKode2()
    {
        var k = Koersel.Start("opgoerelse", "--data", "/findes/ikke", "--aar", "2023", "--ud", Repo.NyMappe());
        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith("Fejl: ").And.Contain("/findes/ikke").And.NotContain(" at ");
    }

    [Fact]
    public void Opgoerelse_UkendtRegelsaet_NaevnerNavnetOgKode2()
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe(), "--regler", "bek-1999");
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("'bek-1999'");
    }

    [Fact]
    public void Opgoerelse_UgyldigMeddelelse_Kode2()
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe(), "--meddelelse", "30-04-2024");
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("--meddelelse");
    }

    [Fact]
    public void Opgoerelse_ManglendeTilvalg_Kode2()
    {
        Koersel.Start("opgoerelse", "--data", Repo.Demo).Kode.Should().Be(2);
    }

    // SPEC §9.1: the data period is checked before the benchmark; past it, the missing rows are named with the file's rejected ones.
    [Theory]
    [InlineData(false, "Fejl: Data slutter 2024-12-31; opgørelsen for 2030 kræver data til og med 2030-12-31.\n")]
    [InlineData(true, "Fejl: benchmark.csv har ingen række for 2030 for kommune 151 Ballerup, 153 Brøndby, 157 Gentofte, 159 Gladsaxe, 161 Glostrup, "
        + "163 Herlev, 165 Albertslund; 1 række i benchmark.csv er afvist, den første er linje 37: ukendt kommune '999'.\n")]
    public void Opgoerelse_AarEfterData_DataperiodenFoerBenchmark(bool tillad, string fejl)
    {
        string[] args = ["opgoerelse", "--data", Repo.Demo, "--aar", "2030", "--ud", Repo.NyMappe()];
        var k = Koersel.Start(tillad ? [.. args, "--tillad-ufuldstaendige-data"] : args);
        k.Kode.Should().Be(2);
        k.Fejl.Should().Be(fejl);
    }

    private static string Forskel(string forventet, string faktisk)
    {
        string[] a = forventet.Split('\n');
        string[] b = faktisk.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "<end>";
            string y = i < b.Length ? b[i] : "<end>";
            if (x != y)
            {
                return $"first difference at line {i + 1}:\n- {x}\n+ {y}";
            }
        }

        return "no line differs";
    }
}
