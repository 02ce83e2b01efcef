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
    [Fact]
    public void Monitor_AdministrationMedMeddelt_MinimumskravFraMaanedenEfter()
    {
        string data = Testdata.Skriv();
        File.WriteAllText(Path.Combine(data, "status.csv"), "kommune,status,udvalgt_aar,basis_fm1,basis_fm2,meddelt\n147,administration,2021,45.00,30.00,2024-03-31\n");
        string ud = Repo.NyMappe();

        Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud).Kode.Should().Be(0);

        // SPEC §7, §11.3: the month of meddelt (March) has no requirement, the month after (April) has.
        File.ReadAllLines(Path.Combine(ud, "monitor.csv")).Where(l => l.StartsWith("147,", StringComparison.Ordinal)).Select(l => l.Split(',')[12])
            .Should().Equal("", "", "", "nej", "nej", "nej");
    }

    [Fact]
    public void Monitor_Milepaele_KolonnerOpsummeringOgJson()
    {
        string data = Testdata.Skriv();
        // 101's rolling fokusmål 1 in June is exactly 4/12 = 33.333…%: printed 33.33, but above a target of 33.33 and within 33.34.
        File.WriteAllText(Path.Combine(data, "milepaele.csv"), "kommune,maaned,fm1_maal,fm2_maal\n101,2024-03,,0\n101,2024-06,33.34,\n147,2024-05,,100\n151,2024-06,99.99,\n");
        string ud = Repo.NyMappe();

        var k = Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        string[] linjer = File.ReadAllLines(Path.Combine(ud, "monitor.csv"));
        linjer.Where(l => l.EndsWith(",ja", StringComparison.Ordinal) || l.EndsWith(",nej", StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',').Where((_, i) => i is 0 or 2 or >= 13)))
            .Should().Equal("101,2024-03,,0.00,ja", "101,2024-06,33.34,,ja", "147,2024-05,,100.00,ja", "151,2024-06,99.99,,nej");
        k.Ud.Should().Contain("Kommuner bag deres seneste milepæl (1)").And.Contain("99,99 %");
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"navn\": \"milepaele.csv\"");

        var json = Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud, "--json");
        using var doc = JsonDocument.Parse(json.Ud);
        var bag = doc.RootElement.GetProperty("milepael_ikke_naaet").EnumerateArray().Single();
        bag.GetProperty("kommune").GetInt32().Should().Be(151);
        bag.GetProperty("maaned").GetString().Should().Be("2024-06");
        bag.GetProperty("fm1_milepael").GetDecimal().Should().Be(99.99m);
    }

    [Fact]
    public void Monitor_MilepaeleTilvalg_LaesesIStedetForMappens()
    {
        string data = Testdata.Skriv();
        File.WriteAllText(Path.Combine(data, "milepaele.csv"), "ikke,en,milepaelsfil\n");
        string fil = Path.Combine(Repo.NyMappe(), "plan-milepaele.csv");
        File.WriteAllText(fil, "kommune,maaned,fm1_maal,fm2_maal\n151,2024-06,99.99,\n");
        string ud = Repo.NyMappe();

        Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud, "--milepaele", fil).Kode.Should().Be(0);

        File.ReadAllLines(Path.Combine(ud, "monitor.csv")).Should().Contain(l => l.StartsWith("151,Ballerup,2024-06,", StringComparison.Ordinal) && l.EndsWith(",99.99,,nej", StringComparison.Ordinal));
    }

    [Fact]
    public void Monitor_MilepaelAfvist_Kode2UdenUdmappe()
    {
        string data = Testdata.Skriv();
        File.WriteAllText(Path.Combine(data, "milepaele.csv"), "kommune,maaned,fm1_maal,fm2_maal\n101,2024-06,30,\n101,juni,30,\n");
        string ud = Path.Combine(Repo.NyMappe(), "ud");

        var k = Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be("Fejl: milepaele.csv linje 3: ugyldig måned i 'maaned': 'juni'; en milepæl afvises aldrig stille, så ret rækken og kør igen." + Environment.NewLine);
        Directory.Exists(ud).Should().BeFalse();
    }

    public static TheoryData<string, string, string> Forlaengelse => new()
    {
        // 101 has fokusmål 1 at 100 % in four of the six months of 2024 (66.67 %) with a målgruppe of 1, and fokusmål 2 at 0 %.
        { "90.00,10.00", "101,København,skaerpet,fm1,2024-06,6,6,66.67,100.00,,1,,nej,60.00,53.33,1,ja", "101,København,skaerpet,fm2,2024-06,6,6,0.00,0.00,40.00,1,0,ja,20.00,40.00,0,ja" },
        { "20.00,", "101,København,skaerpet,fm1,2024-06,6,6,66.67,100.00,,1,,nej,30.00,,,nej", "101,København,skaerpet,fm2,2024-06,6,6,0.00,0.00,40.00,1,0,ja,20.00,40.00,0,ja" },
    };

    [Theory]
    [MemberData(nameof(Forlaengelse))]
    public void Monitor_PlanUnderSkaerpetTilsyn_ParagrafElleveKolonner(string basis, string fm1, string fm2)
    {
        string data = Testdata.Skriv();
        File.WriteAllText(Path.Combine(data, "status.csv"), $"kommune,status,udvalgt_aar,basis_fm1,basis_fm2\n101,skaerpet,2023,{basis}\n147,administration,2021,45.00,30.00\n");
        string ud = Repo.NyMappe();

        Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud).Kode.Should().Be(0);

        string[] plan = File.ReadAllLines(Path.Combine(ud, "plan.csv"));
        plan.Where(l => l.StartsWith("101,", StringComparison.Ordinal)).Should().Equal(fm1, fm2);
        plan.Where(l => l.StartsWith("147,", StringComparison.Ordinal)).Should().OnlyContain(l => l.EndsWith(",,,,", StringComparison.Ordinal), "only skaerpet gets the § 11 bound");
    }
}
