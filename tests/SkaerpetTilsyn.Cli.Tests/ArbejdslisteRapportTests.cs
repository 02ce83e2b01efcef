using System.Globalization;
using System.Text.RegularExpressions;

namespace SkaerpetTilsyn.Cli.Tests;

public class ArbejdslisteRapportTests
{
    private static string Koer(string fra = "2024-04", params string[] flere)
    {
        string ud = Repo.NyMappe();
        Koersel.Start(["arbejdsliste", "--data", Repo.Demo, "--fra", fra, "--ud", ud, .. flere]).Kode.Should().Be(0);
        return ud;
    }

    [ChromiumFact]
    public void ArbejdslisteRapport_Demo_BrowserViserPrognosePrKommuneOgListenSomSorterbarTabel()
    {
        string ud = Koer();
        var liste = File.ReadAllLines(Path.Combine(ud, "arbejdsliste.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var kommuner = File.ReadAllLines(Path.Combine(ud, "prognose.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();

        string dom = RapportTests.DumpDom(Path.Combine(ud, "rapport.html"));

        dom.Should().Contain("arbejdsliste april 2024 til juni 2024").And.Contain("som de var kendt 2024-03-31");
        Regex.Matches(dom, "<svg class=\"graf\"").Count.Should().Be(kommuner.Count);
        Regex.Matches(dom, "<path class=\"fm1\"").Count.Should().Be(kommuner.Count);
        Regex.Matches(dom, "<circle ").Count.Should().Be(kommuner.Count * 3 * 2, "three months, two fokusmål");
        foreach (var k in liste.GroupBy(f => f[0]))
        {
            var tabel = Regex.Match(dom, $"<table id=\"arbejdsliste-{k.Key}\" class=\"sorterbar\" data-sorterbar=\"klar\">.*?</table>", RegexOptions.Singleline);
            tabel.Success.Should().BeTrue($"kommune {k.Key} has a sorted table");
            Regex.Matches(tabel.Value, "<tr><td>").Count.Should().Be(k.Count());
            tabel.Value.Should().Contain($"<td>{k.First()[1]}</td>");
        }
    }

    [ChromiumFact]
    public void ArbejdslisteRapport_KlikPaaTimerDerMangler_SortererTalligt()
    {
        string ud = Koer();
        string side = Path.Combine(ud, "sorteret.html");
        string klik = "<script>document.querySelectorAll('#arbejdsliste-151 th')[4].click();</script>\n</body>";
        File.WriteAllText(side, File.ReadAllText(Path.Combine(ud, "rapport.html")).Replace("</body>", klik, StringComparison.Ordinal));

        string dom = RapportTests.DumpDom(side);

        var tabel = Regex.Match(dom, "<table id=\"arbejdsliste-151\".*?</table>", RegexOptions.Singleline).Value;
        var timer = Regex.Matches(tabel, "<tr>.*?</tr>").Skip(1).Select(r => Regex.Matches(r.Value, "data-v=\"([^\"]*)\"")[0].Groups[1].Value)
            .Select(v => v.Length == 0 ? -1m : decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
        timer.Should().HaveCountGreaterThan(10).And.BeInAscendingOrder();
        timer.Distinct().Should().HaveCountGreaterThan(2, "the hours missing differ");
    }

    [Fact]
    public void ArbejdslisteRapport_Demo_SelvstaendigOgDeterministisk()
    {
        string a = Koer();
        string b = Koer();

        string html = File.ReadAllText(Path.Combine(a, "rapport.html"));
        File.ReadAllBytes(Path.Combine(b, "rapport.html")).Should().Equal(File.ReadAllBytes(Path.Combine(a, "rapport.html")));
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"da\">");
        html.Should().NotMatchRegex("src=\"|href=\"[^#]", "links stay inside the page").And.NotContain("@import").And.NotContain("url(");
    }

    [Fact]
    public void ArbejdslisteRapport_Pseudonymiser_IngenRaaId()
    {
        string noegle = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllBytes(noegle, "en hemmelig noegle til testen"u8.ToArray());
        string raa = Koer();
        string ud = Koer("2024-04", "--pseudonymiser", noegle);

        string html = File.ReadAllText(Path.Combine(ud, "rapport.html"));
        var ider = File.ReadAllLines(Path.Combine(raa, "arbejdsliste.csv")).Skip(1).Select(l => l.Split(',')[1]).ToList();
        ider.Should().NotBeEmpty();
        ider.Should().OnlyContain(id => !html.Contains(id, StringComparison.Ordinal));
        Regex.Matches(html, "<td>p_[0-9a-f]{16}</td>").Count.Should().Be(ider.Count);
    }
}
