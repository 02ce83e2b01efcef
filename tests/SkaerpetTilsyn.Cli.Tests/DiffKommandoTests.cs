namespace SkaerpetTilsyn.Cli.Tests;

public class DiffKommandoTests
{
    [Fact]
    public void Diff_Bek301ModBek2019_NaevnerKommunenDerSkifterMedBeggeFokusmaal()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("diff", "--data", Testdata.Skriv(), "--aar", "2023", "--regler", "bek-301-2023", "--mod", "bek-2019", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        string[] diff = File.ReadAllLines(Path.Combine(ud, "diff.csv"));
        diff[0].Should().Be("kommune,navn,fm1_a,fm1_b,fm2_a,fm2_b,afgoerelse_a,afgoerelse_b,aendret");
        diff.Should().Contain("101,København,0.00,66.67,0.00,0.00,ikke_omfattet,udvalgt,ja");
        diff.Where(l => l.EndsWith(",nej", StringComparison.Ordinal)).Should().HaveCount(2);
        k.Ud.Should().Contain("1 af 3 kommuner skifter afgørelse").And.Contain("København").And.Contain("66,67 %").And.Contain("udvalgt");
        k.Ud.Should().NotContain("Ballerup", "only kommuner whose decision changes are printed");
    }

    [Fact]
    public void Diff_DiffMaaned_EnRaekkePrKommuneOgMaaned()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("diff", "--data", Testdata.Skriv(), "--aar", "2023", "--regler", "bek-301-2023", "--mod", "bek-2019", "--ud", ud).Kode.Should().Be(0);

        string[] linjer = File.ReadAllLines(Path.Combine(ud, "diff_maaned.csv"));
        linjer[0].Should().Be("kommune,maaned,uden_indsats_a,uden_indsats_b,faa_samtaler_a,faa_samtaler_b,maalgruppe_a,maalgruppe_b");
        linjer.Should().HaveCount(1 + (3 * 12));
        linjer[1].Should().Be("101,2023-01,0,1,0,0,1,1");
        linjer.Skip(1).Select(l => l[..11]).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Diff_RegelsaetModSigSelv_IngenAendringer()
    {
        string ud = Repo.NyMappe();
        string regler = Path.Combine(Repo.Rod, "regler", "bek-2019.json");
        var k = Koersel.Start("diff", "--data", Testdata.Skriv(), "--aar", "2023", "--regler", "bek-2019", "--mod", regler, "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Contain("0 af 3 kommuner skifter afgørelse");
        File.ReadAllLines(Path.Combine(ud, "diff.csv")).Skip(1).Should().HaveCount(3).And.OnlyContain(l => l.EndsWith(",nej", StringComparison.Ordinal));
        File.ReadAllLines(Path.Combine(ud, "diff_maaned.csv")).Skip(1).Should().OnlyContain(l => Parvis(l));
    }

    [Fact]
    public void Diff_LaeserHverInddatafilEnGang()
    {
        string data = Testdata.Skriv();
        string ud = Repo.NyMappe();
        var aabninger = new List<string>();
        var k = Koersel.StartMedAabninger(aabninger, "diff", "--data", data, "--aar", "2023", "--regler", "bek-301-2023", "--mod", "bek-2019", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        aabninger.Select(Path.GetFileName).Should().BeEquivalentTo(
            ["ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "benchmark.csv", "status.csv"],
            o => o.WithStrictOrdering());
        string koersel = File.ReadAllText(Path.Combine(ud, "koersel.json"));
        koersel.Should().Contain("\"regelsaet_a\"").And.Contain("\"regelsaet_b\"");
        foreach (string fil in Directory.GetFiles(data))
        {
            koersel.Split($"\"navn\": \"{Path.GetFileName(fil)}\"").Should().HaveCount(2, "each file is listed once");
        }
    }

    [Fact]
    public void Diff_UkendtRegelsaetB_Kode2MedNavnet()
    {
        var k = Koersel.Start("diff", "--data", Testdata.Skriv(), "--aar", "2023", "--regler", "bek-2019", "--mod", "bek-2099", "--ud", Repo.NyMappe());
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("'bek-2099'");
    }

    [Fact]
    public void Diff_UdenMod_Kode2()
    {
        Koersel.Start("diff", "--data", Testdata.Skriv(), "--aar", "2023", "--regler", "bek-2019", "--ud", Repo.NyMappe()).Kode.Should().Be(2);
    }

    // uden_indsats_a = uden_indsats_b, faa_samtaler_a = faa_samtaler_b, maalgruppe_a = maalgruppe_b.
    private static bool Parvis(string linje)
    {
        string[] f = linje.Split(',');
        return f[2] == f[3] && f[4] == f[5] && f[6] == f[7];
    }
}
