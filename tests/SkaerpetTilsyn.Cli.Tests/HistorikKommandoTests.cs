using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.Cli.Tests;

public class HistorikKommandoTests
{
    private const int Fra = 2020;
    private const int Til = 2024;

    private static readonly string[] s_aarsfiler = ["fokusmaal_maaned.csv", "afgoerelser.csv", "status.csv", "passivsager.csv"];

    // A plan per line: each year "regler[@meddelelse][!]" (! = udvaelgelse false), rule sets built in, from regler/ or made by the test;
    // then the options both historik and every opgoerelse get.
    public static TheoryData<string, string, string[]> Planer => new()
    {
        { "one rule set, the data's status", "bek-301-2023 bek-301-2023 bek-301-2023 bek-301-2023 bek-301-2023", [] },
        {
            "rules change mid-history, a late meddelelse, from all ingen",
            "corona-2020.json kun-samtaler-2021.json kun-samtaler-2021.json@2023-05-15 bek-301-2023 bek-301-2023",
            ["--status", StatusIngen]
        },
        { "forløb keys change mid-history", "dage-45.json kun-barsel.json bek-2019 dage-45.json bek-301-2023", [] },
        { "Excel and pseudonyms in every year", "bek-2019 bek-2019 bek-301-2023@2023-04-02 bek-301-2023 bek-301-2023", ["--excel", "--pseudonymiser", Noegle()] },
    };

    private static string StatusIngen => Path.Combine(Repo.Rod, "data-samples", "status-ingen.csv");

    [Theory]
    [MemberData(nameof(Planer))]
    public void Historik_Plan_EachYearFolderIsTheOpgoerelseChainedByHand(string scenario, string plan, string[] valg)
    {
        // SPEC §10: UD/Y/ is byte for byte what opgoerelse --aar Y writes with that year's rule set, meddelelse, status before and options.
        var (planfil, aar) = Plan(plan);
        string ud = Repo.NyMappe();
        var k = Koersel.Start(["historik", "--data", Repo.Demo, "--fra", Kode(Fra), "--til", Kode(Til), "--regelplan", planfil, "--ud", ud, .. valg]);
        k.Kode.Should().Be(0, $"{scenario}: {k.Fejl}");

        string[] status = valg.Length > 0 && valg[0] == "--status" ? valg[..2] : [];
        string[] oevrige = [.. valg.Skip(status.Length)];
        foreach (var y in aar)
        {
            string alene = Repo.NyMappe();
            string[] meddelelse = y.Meddelelse is { } n ? ["--meddelelse", n] : [];
            var o = Koersel.Start(["opgoerelse", "--data", Repo.Demo, "--aar", Kode(y.Aar), "--regler", y.Regler, "--ud", alene, .. status, .. meddelelse, .. oevrige]);
            o.Kode.Should().Be(0, o.Fejl);
            foreach (string fil in s_aarsfiler)
            {
                File.ReadAllBytes(Path.Combine(ud, Kode(y.Aar), fil)).Should().Equal(File.ReadAllBytes(Path.Combine(alene, fil)), $"{scenario}: {y.Aar}/{fil}");
            }

            status = ["--status", Path.Combine(alene, "status.csv")];
        }

        Directory.GetDirectories(ud).Select(Path.GetFileName).Should().BeEquivalentTo(aar.Select(y => Kode(y.Aar)));
        Directory.GetFiles(ud).Select(Path.GetFileName).Should().BeEquivalentTo(["historik.csv", "afviste.csv", "koersel.json", "rapport.html"]);
        string afgoerelser = string.Concat(aar.Select(y => File.ReadAllText(Path.Combine(ud, Kode(y.Aar), "afgoerelser.csv"))));
        afgoerelser.Should().Contain("udvalgt").And.Contain("administration", "the history is not trivial");
    }

    [Fact]
    public void Historik_Demo_HistorikCsvHasEveryYearsDecisionsSortedByKommuneThenYear()
    {
        string[] regelsaet = ["bek-2019", "bek-2019", "kun-samtaler-2021", "bek-301-2023", "bek-301-2023"];
        var (planfil, _) = Plan("bek-2019 bek-2019 kun-samtaler-2021.json bek-301-2023 bek-301-2023");
        string ud = Repo.NyMappe();
        Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regelplan", planfil, "--ud", ud).Kode.Should().Be(0);

        string[] historik = File.ReadAllLines(Path.Combine(ud, "historik.csv"));
        historik[0].Should().Be("aar,kommune,navn,regelsaet,status_foer,afgoerelse,status_efter,fm1,fm2,resultatmaal_opfyldt");
        var forventet = new List<string>();
        for (int y = Fra; y <= Til; y++)
        {
            foreach (string[] f in File.ReadAllLines(Path.Combine(ud, Kode(y), "afgoerelser.csv")).Skip(1).Select(l => l.Split(',')))
            {
                // afgoerelser.csv: kommune,navn,faktisk,forventet,resultatmaal_opfyldt,fm1,fm2,fm1_opfyldt,fm2_opfyldt,status_foer,afgoerelse,status_efter,…
                forventet.Add(string.Join(',', Kode(y), f[0], f[1], regelsaet[y - Fra], f[9], f[10], f[11], f[5], f[6], f[4]));
            }
        }

        historik.Skip(1).Should().Equal(forventet.OrderBy(l => l.Split(',')[1], StringComparer.Ordinal).ThenBy(l => l[..4], StringComparer.Ordinal));
    }

    [Fact]
    public void Historik_UdvaelgelseFalse_IngenSelectedThatYearButTheFiguresAreTheYears()
    {
        // SPEC §10: in a year without selection a kommune with status ingen is ikke_omfattet whatever its figures.
        var (med, _) = Plan("bek-301-2023 bek-301-2023 bek-301-2023 bek-301-2023 bek-301-2023");
        var (uden, _) = Plan("bek-301-2023! bek-301-2023! bek-301-2023 bek-301-2023 bek-301-2023");
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regelplan", med, "--status", StatusIngen, "--ud", a).Kode.Should().Be(0);
        Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regelplan", uden, "--status", StatusIngen, "--ud", b).Kode.Should().Be(0);

        Raekker(a, "2020").Should().Contain(f => f[10] == "udvalgt", "with selection 2020 selects");
        foreach (string y in new[] { "2020", "2021" })
        {
            Raekker(b, y).Should().OnlyContain(f => f[9] == "ingen" && f[10] == "ikke_omfattet" && f[13] == "", y);
            File.ReadAllBytes(Path.Combine(b, y, "fokusmaal_maaned.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(a, y, "fokusmaal_maaned.csv")));
        }

        Raekker(b, "2022").Should().Contain(f => f[10] == "udvalgt", "2022 selects again");
    }

    [Fact]
    public void Historik_Mod_SameAsTwoSeparateHistoriesWithTheirDiff()
    {
        // SPEC §10 --mod: UD/a and UD/b are the two histories, historik_diff.csv sets them side by side.
        var (plan, _) = Plan("corona-2020.json kun-samtaler-2021.json kun-samtaler-2021.json bek-301-2023 bek-301-2023");
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        string ud = Repo.NyMappe();
        string[] faelles = ["--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--status", StatusIngen];
        Koersel.Start(["historik", .. faelles, "--regelplan", plan, "--ud", a]).Kode.Should().Be(0);
        Koersel.Start(["historik", .. faelles, "--regler", "bek-301-2023", "--ud", b]).Kode.Should().Be(0);
        var k = Koersel.Start(["historik", .. faelles, "--regelplan", plan, "--mod", "bek-301-2023", "--ud", ud]);
        k.Kode.Should().Be(0, k.Fejl);

        foreach (var (side, alene) in new[] { ("a", a), ("b", b) })
        {
            foreach (string fil in Directory.GetFiles(alene, "*.csv", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "afviste.csv"))
            {
                string relativ = Path.GetRelativePath(alene, fil);
                File.ReadAllBytes(Path.Combine(ud, side, relativ)).Should().Equal(File.ReadAllBytes(fil), $"{side}/{relativ}");
            }
        }

        File.ReadAllBytes(Path.Combine(ud, "afviste.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(a, "afviste.csv")));
        var ha = Historik(a);
        var hb = Historik(b);
        var noegler = ha.Keys.Union(hb.Keys).Order().ToList();
        var forventet = noegler.Select(n =>
        {
            var x = ha.GetValueOrDefault(n);
            var y = hb.GetValueOrDefault(n);
            return string.Join(',', n.Kommune, (x ?? y)![2], n.Aar, x?[5], y?[5], x?[6], y?[6], x?[5] == y?[5] ? "nej" : "ja");
        });
        string[] diff = File.ReadAllLines(Path.Combine(ud, "historik_diff.csv"));
        diff[0].Should().Be("kommune,navn,aar,afgoerelse_a,afgoerelse_b,status_efter_a,status_efter_b,aendret");
        diff.Skip(1).Should().Equal(forventet);

        // The console names each kommune whose path differs, with the first year it does.
        var foerste = diff.Skip(1).Select(l => l.Split(',')).Where(f => f[7] == "ja").GroupBy(f => f[0]).Select(g => (Kommune: g.Key, Navn: g.First()[1], Aar: g.Min(f => f[2])!)).ToList();
        foerste.Should().NotBeEmpty("fokusmål 1 counts from 2020 under B only");
        k.Ud.Should().Contain($"{foerste.Count} af {noegler.Select(n => n.Kommune).Distinct().Count()} kommuner får et andet forløb.");
        foreach (var (kommune, navn, aar) in foerste)
        {
            k.Ud.Split('\n').Should().Contain(l => l.Contains($"│ {kommune} ", StringComparison.Ordinal) && l.Contains(navn, StringComparison.Ordinal) && l.Contains($" {aar} ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Historik_ModPlanFile_ReadAsAPlan()
    {
        var (a, _) = Plan("bek-2019 bek-2019 bek-2019 bek-2019 bek-2019");
        var (b, _) = Plan("bek-2019 bek-2019 bek-2019 bek-301-2023 bek-301-2023");
        string ud = Repo.NyMappe();
        var k = Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regelplan", a, "--mod", b, "--ud", ud);
        k.Kode.Should().Be(0, k.Fejl);
        File.ReadAllLines(Path.Combine(ud, "b", "historik.csv")).Skip(1).Select(l => l[..4] + l.Split(',')[3]).Distinct().Order().Should().Equal(
            "2020bek-2019", "2021bek-2019", "2022bek-2019", "2023bek-301-2023", "2024bek-301-2023");
        File.ReadAllLines(Path.Combine(ud, "historik_diff.csv")).Skip(1).Where(l => string.CompareOrdinal(l.Split(',')[2], "2023") < 0)
            .Should().OnlyContain(l => l.EndsWith(",nej", StringComparison.Ordinal), "the plans agree until 2023");
        string koersel = File.ReadAllText(Path.Combine(ud, "koersel.json"));
        koersel.Should().Contain("\"regelplan_a\"").And.Contain("\"regelplan_b\"").And.Contain("\"kommando\": \"historik\"");
    }

    [Fact]
    public void Historik_LaeserHverInddatafilEnGang()
    {
        var aabninger = new List<string>();
        var k = Koersel.StartMedAabninger(
            aabninger, "historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regler", "bek-2019", "--mod", "bek-301-2023", "--ud", Repo.NyMappe());
        k.Kode.Should().Be(0, k.Fejl);
        aabninger.Select(Path.GetFileName).Should().Equal("ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "fritagelser.csv", "benchmark.csv", "status.csv");
    }

    [Fact]
    public void Historik_Koerselsjson_PlanYearsAndEveryRuleSetUsed()
    {
        var (plan, _) = Plan("bek-2019! bek-2019@2022-04-20 kun-samtaler-2021.json bek-301-2023 bek-301-2023");
        string ud = Repo.NyMappe();
        Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2021", "--til", "2023", "--regelplan", plan, "--ud", ud).Kode.Should().Be(0);

        var koersel = JsonNode.Parse(File.ReadAllText(Path.Combine(ud, "koersel.json")))!;
        $"{koersel["kommando"]} {koersel["fra"]} {koersel["til"]} {koersel["excel"]}".Should().Be("historik 2021 2023 false");
        var regelplan = koersel["regelplan"]!;
        regelplan["navn"]!.GetValue<string>().Should().Be("testplan");
        regelplan["aar"]!.AsObject().Select(p => $"{p.Key}:{p.Value!["regler"]}:{p.Value["meddelelse"]}:{p.Value["udvaelgelse"]}").Should().Equal(
            "2021:bek-2019:2022-04-20:true", "2022:kun-samtaler-2021:2023-04-30:true", "2023:bek-301-2023:2024-04-30:true");
        regelplan["regelsaet"]!.AsArray().Select(r => r!["navn"]!.GetValue<string>()).Should().Equal("bek-2019", "kun-samtaler-2021", "bek-301-2023");
        regelplan["regelsaet"]![1]!["aktive_fokusmaal"]!.AsArray().Select(f => f!.GetValue<string>()).Should().Equal("fm2");
        koersel["filer"]!.AsArray().Should().HaveCount(7, "every input file is listed");
    }

    // SPEC §9.3: usage errors are one Danish sentence naming the option (exit 2).
    public static TheoryData<string[], string> Brugsfejl => new()
    {
        { ["--fra", "2024", "--til", "2021", "--regler", "bek-2019"], "--fra 2024 ligger efter --til 2021; --fra skal være det første år og --til det sidste." },
        { ["--fra", "1999", "--til", "2021", "--regler", "bek-2019"], "--fra skal være et årstal fra 2000 til 2099, ikke '1999'." },
        { ["--fra", "2021", "--til", "21", "--regler", "bek-2019"], "--til skal være et årstal fra 2000 til 2099, ikke '21'." },
        { ["--fra", "2021", "--til", "2022"], "historik kræver enten --regelplan FIL eller --regler NAVN|FIL." },
        { ["--fra", "2021", "--til", "2022", "--regler", "bek-2019", "--regelplan", "p.json"], "--regelplan og --regler kan ikke bruges sammen; --regler er en kort form for en plan med samme regelsæt i alle år." },
        { ["--fra", "2021", "--til", "2022", "--regler", "bek-2019", "--meddelelse", "2022-04-30"], "--meddelelse" },
        { ["--til", "2022", "--regler", "bek-2019"], "--fra" },
    };

    [Theory]
    [MemberData(nameof(Brugsfejl))]
    public void Historik_Brugsfejl_Kode2MedEnSaetning(string[] args, string forventet)
    {
        var k = Koersel.Start(["historik", "--data", Repo.Demo, "--ud", Repo.NyMappe(), .. args]);
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain(forventet);
    }

    [Theory]
    [InlineData("bek-2019 bek-2019", "har intet regelsæt for 2022; hvert år fra 2020 til 2024 skal stå under 'aar'.")]
    [InlineData("bek-2019 bek-2099 bek-2019 bek-2019 bek-2019", ", år 2021: regelsættet 'bek-2099' er hverken et indbygget regelsæt")]
    public void Historik_BadPlan_Kode2NamingTheYear(string plan, string forventet)
    {
        var (planfil, _) = Plan(plan);
        var k = Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regelplan", planfil, "--ud", Repo.NyMappe());
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain($"Regelplanen '{planfil}'").And.Contain(forventet);
        k.Fejl.Should().NotContain("   at ");
    }

    [Fact]
    public void Historik_DataEndBeforeTheLastYear_Kode2()
    {
        var k = Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2023", "--til", "2025", "--regler", "bek-2019", "--ud", Repo.NyMappe());
        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("Data slutter 2024-12-31; opgørelsen for 2025 kræver data til og med 2025-12-31.");
    }

    [Fact]
    public void Historik_MeddelelseOutsideApril_Warns()
    {
        var (plan, _) = Plan("bek-2019 bek-2019@2022-05-15 bek-2019 bek-2019 bek-2019");
        var k = Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2020", "--til", "2024", "--regelplan", plan, "--ud", Repo.NyMappe());
        k.Kode.Should().Be(0, k.Fejl);
        k.Fejl.Should().Contain("Advarsel: Meddelelsen 2022-05-15 ligger uden for april 2022");
    }

    [Fact]
    public void Historik_OutputFolderWithYearFolders_SameRunReplacedOtherRunsAndForeignFilesRefused()
    {
        // SPEC §7 "Output folders": the year folders are output files; anything else in them is not.
        string ud = Repo.NyMappe();
        string[] args = ["historik", "--data", Repo.Demo, "--fra", "2022", "--til", "2024", "--regler", "bek-2019", "--ud", ud];
        Koersel.Start(args).Kode.Should().Be(0);
        Koersel.Start(args).Kode.Should().Be(0, "the same run again replaces it");

        var anden = Koersel.Start(["historik", "--data", Repo.Demo, "--fra", "2022", "--til", "2024", "--regler", "bek-301-2023", "--ud", ud]);
        anden.Kode.Should().Be(2);
        anden.Fejl.Should().Contain("indeholder resultaterne af en anden kørsel");

        File.WriteAllText(Path.Combine(ud, "2023", "noter.txt"), "mine noter");
        var fremmed = Koersel.Start(args);
        fremmed.Kode.Should().Be(2);
        fremmed.Fejl.Should().Contain($"'{Path.Combine("2023", "noter.txt")}'");
        File.Exists(Path.Combine(ud, "2023", "noter.txt")).Should().BeTrue();

        File.Delete(Path.Combine(ud, "2023", "noter.txt"));
        Directory.CreateDirectory(Path.Combine(ud, "gammelt"));
        Koersel.Start(args).Kode.Should().Be(2, "a folder that is not a year is not an output");
    }

    [Fact]
    public void Opgoerelse_OutputFolderWithAYearFolder_Refused()
    {
        // Only historik writes year folders, so in an opgørelse's folder one is foreign.
        string ud = Repo.NyMappe();
        string[] args = ["opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud];
        Koersel.Start(args).Kode.Should().Be(0);
        Directory.CreateDirectory(Path.Combine(ud, "2023"));
        Koersel.Start(args).Kode.Should().Be(2);
    }

    private static Dictionary<(int Kommune, int Aar), string[]> Historik(string mappe) =>
        File.ReadAllLines(Path.Combine(mappe, "historik.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => (int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[0], CultureInfo.InvariantCulture)));

    private static List<string[]> Raekker(string mappe, string aar) =>
        [.. File.ReadAllLines(Path.Combine(mappe, aar, "afgoerelser.csv")).Skip(1).Select(l => l.Split(','))];

    /// <summary>Writes the plan into a fresh folder beside copies of the rule-set files it names, which a year then names relative to the plan.</summary>
    private static (string Fil, List<(int Aar, string Regler, string? Meddelelse)> Aar) Plan(string spec)
    {
        string mappe = Repo.NyMappe();
        var aar = new List<(int, string, string?)>();
        var json = new StringBuilder("{\"navn\": \"testplan\", \"aar\": {");
        int y = Fra;
        foreach (string del in spec.Split(' '))
        {
            bool udvaelgelse = !del.EndsWith('!');
            string[] f = del.TrimEnd('!').Split('@');
            string regler = f[0];
            string? meddelelse = f.Length > 1 ? f[1] : null;
            string reference = regler;
            if (regler.EndsWith(".json", StringComparison.Ordinal))
            {
                string fil = Path.Combine(mappe, regler);
                File.WriteAllText(fil, RegelsaetTekst(regler));
                reference = fil;
            }

            aar.Add((y, reference, meddelelse));
            json.Append(CultureInfo.InvariantCulture, $"{(y == Fra ? "" : ", ")}\"{y}\": {{\"regler\": \"{regler}\"");
            json.Append(meddelelse is null ? "" : $", \"meddelelse\": \"{meddelelse}\"").Append(udvaelgelse ? "" : ", \"udvaelgelse\": false").Append('}');
            y++;
        }

        string planfil = Path.Combine(mappe, "plan.json");
        File.WriteAllText(planfil, json.Append("}}").ToString());
        return (planfil, aar);
    }

    private static string RegelsaetTekst(string fil) => fil switch
    {
        "dage-45.json" => RegelsaetJson.Skriv(Regelsaet.Bek301_2023 with { Navn = "dage-45", ForloebBrud = ForloebBrud.Dage, MaxGapDage = 45 }),
        "kun-barsel.json" => RegelsaetJson.Skriv(Regelsaet.Bek2019 with { Navn = "kun-barsel", DoedeAarsager = [FritagelseAarsag.Barsel] }),
        _ => File.ReadAllText(Path.Combine(Repo.Rod, "regler", fil)),
    };

    private static string Noegle()
    {
        string fil = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllText(fil, "historik-noegle");
        return fil;
    }

    private static string Kode(int tal) => tal.ToString(CultureInfo.InvariantCulture);
}
