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

        dom.Should().Contain("<h2>Årets afgørelser</h2>").And.Contain("udvalgt til skærpet tilsyn");
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

    private static string DumpDom(string html)
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
