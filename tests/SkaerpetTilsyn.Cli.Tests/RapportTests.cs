using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SkaerpetTilsyn.Cli.Tests;

public class RapportTests
{
    [ChromiumFact]
    public void Rapport_Demo_BrowserViserAfgoerelserTabelOgEnGrafPrKommune()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);
        var afgoerelser = File.ReadAllLines(Path.Combine(ud, "afgoerelser.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        string dom = DumpDom(Path.Combine(ud, "rapport.html"));

        dom.Should().Contain("<h2>Datagrundlag</h2>").And.Contain("<h2>Årets afgørelser</h2>").And.Contain("udvalgt til skærpet tilsyn");
        dom.Should().MatchRegex("<table id=\"afgoerelsestabel\" class=\"sorterbar\" data-sorterbar=\"klar\">", "the inline sorting script ran");
        Regex.Matches(dom, "<tr data-afgoerelse=").Count.Should().Be(afgoerelser.Count);
        Regex.Matches(dom, "<svg class=\"graf\"").Count.Should().Be(afgoerelser.Count);
        Regex.Matches(dom, "<path class=\"fm1\"").Count.Should().Be(afgoerelser.Count);
        dom.Should().Contain("151 Ballerup").And.Contain("stroke-dasharray=\"6 4\"");
    }

    [ChromiumFact]
    public void Rapport_Demo_GrupperetEfterAfgoerelseMedFristerBasisOgGraense()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);
        var afgoerelser = File.ReadAllLines(Path.Combine(ud, "afgoerelser.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        string[] orden = ["udvalgt", "forlaenget", "administration", "fortsat_administration", "ophoert", "ikke_omfattet"];

        string dom = DumpDom(Path.Combine(ud, "rapport.html"));

        // Grouped by decision, ikke_omfattet last, in the table and in the charts.
        var raekker = Regex.Matches(dom, "<tr data-afgoerelse=\"([a-z_]+)\"><td class=\"tal\">(\\d+)</td>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        raekker.Should().Equal(afgoerelser.OrderBy(a => Array.IndexOf(orden, a[10])).Select(a => (a[10], a[0])));
        Regex.Matches(dom, "<div class=\"gruppe\" id=\"gruppe-([a-z_]+)\">").Select(m => m.Groups[1].Value)
            .Should().Equal(orden.Where(o => afgoerelser.Any(a => a[10] == o)));

        // The deadlines in their own table: one row per decision that has a meddelelse, with long Danish dates.
        var frister = Regex.Match(dom, "<table id=\"fristtabel\".*?</table>", RegexOptions.Singleline).Value;
        Regex.Matches(frister, "<tr>").Count.Should().Be(afgoerelser.Count(a => a[13] != "") + 1);
        frister.Should().Contain("31. juli 2024").And.Contain("1. maj 2024");

        // 153 Brøndby was skærpet with basis 90.00/10.00: the bound of fokusmål 1 is (90 + 30) / 2 at most, of fokusmål 2 the threshold, strictly.
        dom.Should().Contain("<td class=\"tal\" data-v=\"90.00\">90,00 %</td><td class=\"tal ok\" data-v=\"60.00\" title=\"den halve forbedring er nået\">≤ 60,00 %</td>");
        dom.Should().Contain("<td class=\"tal\" data-v=\"10.00\">10,00 %</td><td class=\"tal ok\" data-v=\"20.00\" title=\"den halve forbedring er nået\">&lt; 20,00 %</td>");
        int underTilsyn = afgoerelser.Count(a => a[9] != "ingen");
        Regex.Matches(dom, "stroke-dasharray=\"10 3 2 3\"><title>§ 11-grænse").Count.Should().Be(2 * underTilsyn, "a § 11 line per active fokusmål of a kommune under tilsyn");
        Regex.Matches(dom, "<p class=\"grundlag\">").Count.Should().Be(underTilsyn);

        // The y-axis in percent.
        Regex.Matches(dom, "<text class=\"akse\"[^>]*>0 %</text>").Count.Should().Be(afgoerelser.Count);
        dom.Should().MatchRegex("<text class=\"akse\"[^>]*>60 %</text>");
    }

    [ChromiumFact]
    public void Rapport_Demo_SorteringUnderGruppeoverskrifterBrugerKolonnen()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);
        string side = Path.Combine(ud, "sorteret.html");
        string klik = "<script>document.querySelector('#afgoerelsestabel th[data-kolonne=\"7\"]').click();</script>\n</body>";
        File.WriteAllText(side, File.ReadAllText(Path.Combine(ud, "rapport.html")).Replace("</body>", klik, StringComparison.Ordinal));

        string dom = DumpDom(side);

        // Column 7 is fokusmål 1's annual figure under its group heading, a row's third sort value after faktisk and forventet; one click sorts it ascending.
        var tabel = Regex.Match(dom, "<table id=\"afgoerelsestabel\".*?</table>", RegexOptions.Singleline).Value;
        tabel.Should().MatchRegex("<th data-kolonne=\"7\"[^>]*aria-sort=\"ascending\"");
        var fm1 = Regex.Matches(tabel, "<tr data-afgoerelse=.*?</tr>").Select(r => Regex.Matches(r.Value, "data-v=\"([^\"]*)\"")[2].Groups[1].Value)
            .Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        fm1.Should().HaveCount(7).And.BeInAscendingOrder();
    }

    [ChromiumFact]
    public void MonitorRapport_MeddeltOgMilepaele_BrowserViserMaerkerForlaengelseOgBetegnelser()
    {
        string opgoerelse = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", opgoerelse).Kode.Should().Be(0);
        string milepaele = Path.Combine(Repo.NyMappe(), "milepaele.csv");
        File.WriteAllText(milepaele, "kommune,maaned,fm1_maal,fm2_maal\n159,2024-03,45,\n159,2024-06,40,35\n151,2024-06,60,\n");
        string ud = Repo.NyMappe();
        Koersel.Start("monitor", "--data", Repo.Demo, "--til", "2024-06", "--status", Path.Combine(opgoerelse, "status.csv"), "--milepaele", milepaele, "--ud", ud).Kode.Should().Be(0);

        string dom = DumpDom(Path.Combine(ud, "rapport.html"));

        Regex.Matches(dom, "<path class=\"milepael\"").Count.Should().Be(4, "one mark per target");
        var bag = Regex.Match(dom, "<table id=\"milepaelstabel\".*?</table>", RegexOptions.Singleline).Value;
        bag.Should().Contain("Gladsaxe").And.Contain("juni 2024").And.NotContain("Ballerup");
        dom.Should().Contain("For at blive forlænget skal andelen resten af året højst være").And.Contain("§ 11-grænse højst 40,89 %");
        dom.Should().Contain("Fokusmål 1, rullende 12 mdr.").And.Contain("Med tilbud, månedens andel").And.Contain("år til dato er årstallet");
        Regex.Matches(dom, "stroke-dasharray=\"10 3 2 3\"><title>§ 11-grænse").Count.Should().Be(2, "Ballerup is the one kommune under skærpet tilsyn");
    }

    [Fact]
    public void Rapport_Demo_SelvstaendigOgDeterministisk()
    {
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", a).Kode.Should().Be(0);
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", b).Kode.Should().Be(0);

        string html = File.ReadAllText(Path.Combine(a, "rapport.html"));
        File.ReadAllBytes(Path.Combine(b, "rapport.html")).Should().Equal(File.ReadAllBytes(Path.Combine(a, "rapport.html")));
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"da\">");
        html.Should().NotMatchRegex("src=\"|href=\"[^#]", "links stay inside the page").And.NotContain("http://www.w3.org/1999").And.NotContain("@import").And.NotContain("url(");
        Regex.Matches(html, "https?://").Select(m => html.Substring(m.Index, 30)).Should().OnlyContain(s => s.StartsWith("http://www.w3.org/2000/svg", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void MonitorRapport_Demo_BrowserViserOpmaerksomhedGrafPrKommuneOgPlanen()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("monitor", "--data", Repo.Demo, "--til", "2024-06", "--ud", ud).Kode.Should().Be(0);
        var monitor = File.ReadAllLines(Path.Combine(ud, "monitor.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[2] == "2024-06").ToList();
        string[] plan = File.ReadAllLines(Path.Combine(ud, "plan.csv"));

        string dom = DumpDom(Path.Combine(ud, "rapport.html"));

        plan.Should().Contain("151,Ballerup,ingen,fm1,2024-06,6,6,56.03,57.73,3.97,97,53,ja,,,,");
        dom.Should().Contain("<h2>Kommuner i risiko og under administration</h2>").And.Contain("overvågning til og med juni 2024");
        dom.Should().MatchRegex("<table id=\"opmaerksomhedstabel\" class=\"sorterbar\" data-sorterbar=\"klar\">", "the inline sorting script ran");
        Regex.Matches(dom, "<tr>").Count.Should().Be(monitor.Count(f => f[9] == "ja" || f[8] == "administration") + 1);
        Regex.Matches(dom, "<svg class=\"graf\"").Count.Should().Be(monitor.Count);
        Regex.Matches(dom, "<path class=\"fm1\"").Count.Should().Be(monitor.Count);
        Regex.Matches(dom, "<li class=\"plan\"").Count.Should().Be(plan.Length - 1);
        Regex.Matches(dom, "data-kan-naas=\"nej\"").Count.Should().Be(plan.Skip(1).Count(l => l.Split(',')[12] == "nej"));
        dom.Should().Contain("ca. 53 flere personer pr. måned end i juni 2024 skal have et tilbud eller 100 timers arbejde");
        dom.IndexOf("id=\"graf-151\"", StringComparison.Ordinal).Should().BeLessThan(dom.IndexOf("id=\"graf-153\"", StringComparison.Ordinal), "kommuner at risk come first");
    }

    [Fact]
    public void MonitorRapport_Demo_SelvstaendigOgDeterministisk()
    {
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        Koersel.Start("monitor", "--data", Repo.Demo, "--til", "2024-06", "--ud", a).Kode.Should().Be(0);
        Koersel.Start("monitor", "--data", Repo.Demo, "--til", "2024-06", "--ud", b).Kode.Should().Be(0);

        string html = File.ReadAllText(Path.Combine(a, "rapport.html"));
        File.ReadAllBytes(Path.Combine(b, "rapport.html")).Should().Equal(File.ReadAllBytes(Path.Combine(a, "rapport.html")));
        File.ReadAllBytes(Path.Combine(b, "plan.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(a, "plan.csv")));
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"da\">");
        html.Should().NotMatchRegex("src=\"|href=\"[^#]", "links stay inside the page").And.NotContain("@import").And.NotContain("url(");
        Regex.Matches(html, "https?://").Select(m => html.Substring(m.Index, 30)).Should().OnlyContain(s => s.StartsWith("http://www.w3.org/2000/svg", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void HistorikRapport_DemoMod_BrowserViserTidslinjeMedAfgoerelseOgFokusmaalVedHoverOgAfgoerelserPrAar()
    {
        // SPEC §10: a row per kommune under tilsyn in some year (the others counted), a column per year, the status after in each cell.
        string ud = Repo.NyMappe();
        string plan = Path.Combine(Repo.Rod, "regler", "historik-2019-2024.json");
        Koersel.Start(
            "historik", "--data", Repo.Demo, "--fra", "2021", "--til", "2024", "--regelplan", plan, "--mod", "bek-301-2023",
            "--status", Path.Combine(Repo.Rod, "data-samples", "status-ingen.csv"), "--ud", ud).Kode.Should().Be(0);
        var a = File.ReadAllLines(Path.Combine(ud, "a", "historik.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var underTilsyn = a.Where(f => f[4] != "ingen" || f[6] != "ingen").Select(f => f[1]).Distinct().ToList();
        int aendret = File.ReadAllLines(Path.Combine(ud, "historik_diff.csv")).Count(l => l.EndsWith(",ja", StringComparison.Ordinal));

        string dom = DumpDom(Path.Combine(ud, "rapport.html"));

        var tidslinje = Regex.Match(dom, "<table id=\"tidslinjetabel-a\".*?</table>", RegexOptions.Singleline).Value;
        Regex.Matches(tidslinje, "<tr>").Count.Should().Be(underTilsyn.Count + 1);
        Regex.Matches(tidslinje, "<td class=\"aar ").Count.Should().Be(underTilsyn.Count * 4);
        dom.Should().Contain($"de øvrige {a.Select(f => f[1]).Distinct().Count() - underTilsyn.Count} opgjorte kommuner var ikke under tilsyn");
        var ballerup2022 = a.Single(f => f[1] == "151" && f[0] == "2022");
        $"{ballerup2022[4]} {ballerup2022[5]}".Should().Be("skaerpet administration");
        dom.Should().Contain(
            $"data-afgoerelse=\"administration\" title=\"2022: administration (§ 12); status før skærpet tilsyn; fokusmål 1 {ballerup2022[7].Replace('.', ',')} %");
        dom.Should().MatchRegex($"title=\"2022: administration \\(§ 12\\); [^\"]*, fokusmål 2 {ballerup2022[8].Replace('.', ',')} %");
        Regex.Matches(dom, "class=\"aar [^\"]*afviger").Count.Should().Be(aendret, "every cell whose decision differs under B is marked");
        dom.Should().Contain("<h2>Kommuner, hvis forløb afviger</h2>").And.Contain("153 Brøndby: fra 2021");
        var aarstal = Regex.Match(dom, "<table id=\"afgoerelser-pr-aar-a\".*?</table>", RegexOptions.Singleline).Value;
        Regex.Matches(aarstal, "<tr>").Count.Should().Be(7, "a header and one row per decision");
        aarstal.Should().Contain($"<td>udvalgt</td><td class=\"tal\">{a.Count(f => f[0] == "2021" && f[5] == "udvalgt")}</td>");
    }

    [Fact]
    public void HistorikRapport_Demo_SelvstaendigOgDeterministisk()
    {
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2021", "--til", "2024", "--regler", "bek-2019", "--ud", a, "--traade", "1").Kode.Should().Be(0);
        Koersel.Start("historik", "--data", Repo.Demo, "--fra", "2021", "--til", "2024", "--regler", "bek-2019", "--ud", b, "--traade", "2").Kode.Should().Be(0);

        foreach (string fil in Directory.GetFiles(a, "*", SearchOption.AllDirectories))
        {
            File.ReadAllBytes(Path.Combine(b, Path.GetRelativePath(a, fil))).Should().Equal(File.ReadAllBytes(fil), Path.GetRelativePath(a, fil));
        }

        string html = File.ReadAllText(Path.Combine(a, "rapport.html"));
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"da\">");
        html.Should().NotMatchRegex("(src|href)=\"").And.NotContain("@import").And.NotContain("url(");
    }

    // SPEC §9.6: every report begins with its footing, so one on a bad extract never looks as sure as one on a good one.
    [Theory]
    [InlineData("opgoerelse", "--aar", "2023")]
    [InlineData("monitor", "--til", "2024-06")]
    public void Rapport_Demo_BegynderMedDatagrundlag(string kommando, string tilvalg, string vaerdi)
    {
        string ud = Repo.NyMappe();
        Koersel.Start(kommando, "--data", Repo.Demo, tilvalg, vaerdi, "--ud", ud).Kode.Should().Be(0);
        string html = File.ReadAllText(Path.Combine(ud, "rapport.html"));
        using var koersel = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ud, "koersel.json")));

        int afsnit = html.IndexOf("<section", StringComparison.Ordinal);
        html.IndexOf("<section id=\"datagrundlag\">\n<h2>Datagrundlag</h2>", StringComparison.Ordinal).Should().Be(afsnit, "it is the first section");
        html.Should().Contain($"<p class=\"note\">Data fra 2020-01-01 til og med 2024-12-31. Program skaerpet {Versionshandling.Version}, regelsæt bek-301-2023.</p>")
            .And.Contain("<li>Advarsel: samtaler.csv: 1 dublet brugt én gang</li>")
            .And.Contain("<tr class=\"inddata\"><td>ydelser.csv</td><td class=\"tal\">51.301</td><td class=\"tal\">51.298</td><td class=\"tal\">3</td><td class=\"tal\">0</td><td class=\"tal\">0,0 %</td>"
                + "<td>ugyldig dato i &#39;fra&#39; (1, første i linje 35053); ukendt ydelse (1, første i linje 45604); ukendt kommune (1, første i linje 48117)</td>");
        foreach (var f in koersel.RootElement.GetProperty("filer").EnumerateArray())
        {
            html.Should().Contain($"<tr class=\"inddata\"><td>{f.GetProperty("navn").GetString()}</td>")
                .And.Contain($"<code>{f.GetProperty("sha256").GetString()![..12]}</code>");
        }
    }

    internal static string DumpDom(string html)
    {
        string profil = Repo.NyMappe();
        var start = new ProcessStartInfo(ChromiumFactAttribute.Sti) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profil, "--dump-dom", new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var fejl = p.StandardError.ReadToEndAsync();
        string dom = p.StandardOutput.ReadToEnd();
        p.WaitForExit(TimeSpan.FromSeconds(90)).Should().BeTrue("chromium must finish");
        dom.Should().NotBeEmpty(fejl.Result);
        return dom;
    }
}
