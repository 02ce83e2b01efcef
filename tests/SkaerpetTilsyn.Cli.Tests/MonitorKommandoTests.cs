using System.Text.Json;

namespace SkaerpetTilsyn.Cli.Tests;

public class MonitorKommandoTests
{
    private const string Header =
        "kommune,navn,maaned,fm1_12m,fm2_12m,fm1_opfyldt,fm2_opfyldt,resultatmaal_opfyldt,status,risiko,andel_med_tilbud,andel_4_samtaler,minimumskrav_opfyldt,fm1_milepael,fm2_milepael,milepael_naaet";

    [Fact]
    public void Monitor_KommunerIRisiko_Kode0OgEnRaekkePrKommuneOgMaaned()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("monitor", "--data", Testdata.Skriv(), "--til", "2024-06", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        string[] linjer = File.ReadAllLines(Path.Combine(ud, "monitor.csv"));
        linjer[0].Should().Be(Header);
        linjer.Skip(1).Select(l => string.Join(',', l.Split(',')[0], l.Split(',')[2])).Should().Equal(
            from kommune in new[] { "101", "147", "151" }
            from m in new[] { "01", "02", "03", "04", "05", "06" }
            select $"{kommune},2024-{m}");
        linjer.Should().Contain("101,København,2024-01,0.00,0.00,ja,ja,nej,ingen,nej,0.00,100.00,,,,");
        linjer.Should().Contain("101,København,2024-06,33.33,0.00,nej,ja,nej,ingen,ja,0.00,100.00,,,,");
        linjer.Should().Contain("151,Ballerup,2024-06,100.00,100.00,nej,nej,nej,ingen,ja,0.00,0.00,,,,");
        linjer.Should().Contain("147,Frederiksberg,2024-06,100.00,100.00,nej,nej,nej,administration,nej,0.00,0.00,nej,,,");
        File.Exists(Path.Combine(ud, "afviste.csv")).Should().BeTrue();
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"kommando\": \"monitor\"").And.Contain("\"til\": \"2024-06\"");
    }

    [Fact]
    public void Monitor_Opsummering_NaevnerRisikoOgMinimumskrav()
    {
        var k = Koersel.Start("monitor", "--data", Testdata.Skriv(), "--til", "2024-06", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Contain("Monitorering til 2024-06 (bek-301-2023)")
            .And.Contain("Kommuner i risiko for udvælgelse (2)").And.Contain("København").And.Contain("33,33 %").And.Contain("Ballerup")
            .And.Contain("Kommuner under administration under minimumskravene (1)").And.Contain("Frederiksberg");
        k.Ud.Split('\n').Length.Should().BeLessThan(25, "the summary fits one screen");
    }

    [Fact]
    public void Monitor_Json_MaskinlaesbarOpsummeringIStedetForTabeller()
    {
        var k = Koersel.Start("monitor", "--data", Testdata.Skriv(), "--til", "2024-06", "--ud", Repo.NyMappe(), "--json");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().NotContain("┌");
        using var doc = JsonDocument.Parse(k.Ud);
        var rod = doc.RootElement;
        rod.GetProperty("til").GetString().Should().Be("2024-06");
        rod.GetProperty("risiko").EnumerateArray().Select(e => e.GetProperty("kommune").GetInt32()).Should().Equal(101, 151);
        var mk = rod.GetProperty("minimumskrav_ikke_opfyldt").EnumerateArray().Single();
        mk.GetProperty("navn").GetString().Should().Be("Frederiksberg");
        mk.GetProperty("andel_med_tilbud").GetDecimal().Should().Be(0m);
    }

    [Fact]
    public void Monitor_DataSlutterFoerTil_KlarFejlOgKode2()
    {
        var k = Koersel.Start("monitor", "--data", Testdata.Skriv(slut: "2024-05-31"), "--til", "2024-06", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be("Fejl: Data slutter 2024-05-31; --til 2024-06 kræver data til og med 2024-06-30." + Environment.NewLine);
    }

    [Fact]
    public void Monitor_DataSlutterPaaSidsteDagITil_Kode0()
    {
        Koersel.Start("monitor", "--data", Testdata.Skriv(slut: "2024-05-31"), "--til", "2024-05", "--ud", Repo.NyMappe()).Kode.Should().Be(0);
    }

    [Theory]
    [InlineData("2024-6")]
    [InlineData("2024-13")]
    [InlineData("juni")]
    public void Monitor_UgyldigTil_Kode2MedTilvalgetsNavn(string til)
    {
        var k = Koersel.Start("monitor", "--data", Testdata.Skriv(), "--til", til, "--ud", Repo.NyMappe());
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("--til").And.Contain(til);
    }

    [Fact]
    public void Monitor_UdenStatusfil_IngenMinimumskrav()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("monitor", "--data", Testdata.Skriv(medStatus: false), "--til", "2024-03", "--ud", ud).Kode.Should().Be(0);
        File.ReadAllLines(Path.Combine(ud, "monitor.csv")).Skip(1).Should().OnlyContain(l => l.EndsWith(',')).And.HaveCount(9);
    }

    [Fact]
    public void Monitor_December_PlanUdenResterendeMaaneder()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("monitor", "--data", Testdata.Skriv(slut: "2024-12-31"), "--til", "2024-12", "--ud", ud).Kode.Should().Be(0);

        File.ReadAllLines(Path.Combine(ud, "plan.csv")).Skip(1).Select(l => l.Split(',')).Should()
            .NotBeEmpty().And.OnlyContain(f => f[6] == "0" && f[9] == "" && f[11] == "");
    }

    [Fact]
    public void Monitor_Plan_EnRaekkePrKommuneUnderTilsynEllerIRisikoOgFokusmaal()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("monitor", "--data", Testdata.Skriv(), "--til", "2024-06", "--ud", ud).Kode.Should().Be(0);

        string[] linjer = File.ReadAllLines(Path.Combine(ud, "plan.csv"));
        linjer[0].Should().Be(
            "kommune,navn,status,fokusmaal,maalt_til,maaneder_maalt,resterende_maaneder,aarstal_hidtil,nuvaerende_andel,maks_andel_resten,maalgruppe,personer_pr_maaned,kan_naas,"
            + "graense_forlaengelse,maks_andel_resten_forlaengelse,personer_pr_maaned_forlaengelse,kan_forlaenges");
        // 101 is at risk, 147 under administration, 151 at risk; 101 already averages 66.67 % on fokusmål 1 over six months,
        // so even 0 % in the last six cannot bring the year under 30 %.
        linjer.Skip(1).Should().Equal(
            "101,København,ingen,fm1,2024-06,6,6,66.67,100.00,,1,,nej,,,,",
            "101,København,ingen,fm2,2024-06,6,6,0.00,0.00,40.00,1,0,ja,,,,",
            "147,Frederiksberg,administration,fm1,2024-06,6,6,100.00,100.00,,1,,nej,,,,",
            "147,Frederiksberg,administration,fm2,2024-06,6,6,100.00,100.00,,1,,nej,,,,",
            "151,Ballerup,ingen,fm1,2024-06,6,6,100.00,100.00,,1,,nej,,,,",
            "151,Ballerup,ingen,fm2,2024-06,6,6,100.00,100.00,,1,,nej,,,,");
    }
}
