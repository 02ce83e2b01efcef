using System.Text;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Tests;

public class ArbejdslisteKommandoTests
{
    private const string ListeHoved = "kommune,person_id,ydelse,forloeb_start,foerste_maaned_uden_indsats,timer_mangler,foerste_maaned_faa_samtaler,samtaler_mangler";
    private const string PrognoseHoved = "kommune,maaned,maalgruppe,uden_indsats,faa_samtaler,andel_uden_indsats,andel_faa_samtaler";

    /// <summary>The persons of the Core tests as files; with --fra 2024-04 the windows start 2023-05-02, 2023-06-02 and 2023-07-02.</summary>
    private static string Skriv()
    {
        string mappe = Repo.NyMappe();
        File.WriteAllText(Path.Combine(mappe, "ydelser.csv"), """
            person_id,kommune,ydelse,fra,til
            p10,101,kontanthjaelp,2023-06-01,
            p2,101,kontanthjaelp,2022-01-01,
            p3,147,sho,2023-01-15,2024-03-31
            p4,101,kontanthjaelp,2022-01-01,
            p5,101,kontanthjaelp,2022-01-01,2024-03-15

            """.Replace("            ", "", StringComparison.Ordinal));
        var samtaler = new StringBuilder("person_id,dato,type,form\n");
        foreach (string dato in new[] { "2023-06-10", "2023-09-10", "2023-12-10", "2024-03-10", "2024-04-20" })
        {
            samtaler.Append("p2,").Append(dato).Append(",jobsamtale,personligt\n");
        }

        for (var m = new DateOnly(2023, 4, 15); m <= new DateOnly(2024, 3, 15); m = m.AddMonths(1))
        {
            samtaler.Append("p4,").Append(m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(",jobsamtale,personligt\n");
        }

        File.WriteAllText(Path.Combine(mappe, "samtaler.csv"), samtaler.ToString());
        File.WriteAllText(Path.Combine(mappe, "tilbud.csv"), """
            person_id,fra,til,type
            p2,2023-05-01,2023-05-20,virksomhedspraktik
            p2,2024-04-15,2024-05-15,virksomhedspraktik
            p4,2024-01-01,,virksomhedspraktik

            """.Replace("            ", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(mappe, "timer.csv"), """
            person_id,fra,til,timer
            p2,2023-12-01,2023-12-31,37.5

            """.Replace("            ", "", StringComparison.Ordinal));
        return mappe;
    }

    [Fact]
    public void Arbejdsliste_SomKendtPaaC_KolonnerSorteringOgEksakteTimer()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("arbejdsliste", "--data", Skriv(), "--fra", "2024-04", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        k.Fejl.Should().BeEmpty();
        File.ReadAllLines(Path.Combine(ud, "arbejdsliste.csv")).Should().Equal(
            ListeHoved,
            "101,p10,kontanthjaelp,2023-06-01,2024-05,100,2024-05,4",
            "101,p2,kontanthjaelp,2022-01-01,2024-05,62.5,2024-06,1",
            "147,p3,sho,2023-01-15,2024-04,100,2024-04,4");
        File.ReadAllLines(Path.Combine(ud, "prognose.csv")).Should().Equal(
            PrognoseHoved,
            "101,2024-04,2,0,0,0.00,0.00",
            "101,2024-05,3,2,1,66.67,33.33",
            "101,2024-06,3,2,2,66.67,66.67",
            "147,2024-04,1,1,1,100.00,100.00",
            "147,2024-05,1,1,1,100.00,100.00",
            "147,2024-06,1,1,1,100.00,100.00");
        Directory.GetFiles(ud).Select(Path.GetFileName).Should().BeEquivalentTo("arbejdsliste.csv", "prognose.csv", "rapport.html", "afviste.csv", "koersel.json");
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"kommando\": \"arbejdsliste\",\n  \"fra\": \"2024-04\",\n  \"horisont\": 3,\n  \"kendt_til\": \"2024-03-31\",\n  \"kommune\": null,");
        k.Ud.Should().Contain("Arbejdsliste 2024-04 til 2024-06, data som kendt 2024-03-31 (bek-301-2023): 3 personer.");
    }

    [Fact]
    public void Arbejdsliste_HorisontEnMaaned_KunDenMaaned()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("arbejdsliste", "--data", Skriv(), "--fra", "2024-04", "--horisont", "1", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        File.ReadAllLines(Path.Combine(ud, "arbejdsliste.csv")).Should().Equal(ListeHoved, "147,p3,sho,2023-01-15,2024-04,100,2024-04,4");
        File.ReadAllLines(Path.Combine(ud, "prognose.csv")).Should().Equal(PrognoseHoved, "101,2024-04,2,0,0,0.00,0.00", "147,2024-04,1,1,1,100.00,100.00");
    }

    [Fact]
    public void Arbejdsliste_Kommune_BegraenserUddataOgNoteresIKoersel()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("arbejdsliste", "--data", Skriv(), "--fra", "2024-04", "--kommune", "147,851", "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        File.ReadAllLines(Path.Combine(ud, "arbejdsliste.csv")).Should().Equal(ListeHoved, "147,p3,sho,2023-01-15,2024-04,100,2024-04,4");
        File.ReadAllLines(Path.Combine(ud, "prognose.csv")).Skip(1).Select(l => l[..11]).Should().Equal(
            "147,2024-04", "147,2024-05", "147,2024-06", "851,2024-04", "851,2024-05", "851,2024-06");
        File.ReadAllLines(Path.Combine(ud, "prognose.csv")).Should().Contain("851,2024-04,0,0,0,,");
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"kommune\": [\n    147,\n    851\n  ],");
    }

    [Fact]
    public void Arbejdsliste_Pseudonymiser_PseudonymerSorteretOrdinalt()
    {
        byte[] noegle = Encoding.ASCII.GetBytes("en hemmelig noegle til testen");
        string fil = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllBytes(fil, noegle);
        string ud = Repo.NyMappe();

        var k = Koersel.Start("arbejdsliste", "--data", Skriv(), "--fra", "2024-04", "--ud", ud, "--pseudonymiser", fil);

        k.Kode.Should().Be(0, k.Fejl);
        var p = new Pseudonymiserer(noegle);
        var forventet = new[]
        {
            (Kommune: "101", Id: p.Pseudonym("p10"), Felter: "kontanthjaelp,2023-06-01,2024-05,100,2024-05,4"),
            (Kommune: "101", Id: p.Pseudonym("p2"), Felter: "kontanthjaelp,2022-01-01,2024-05,62.5,2024-06,1"),
            (Kommune: "147", Id: p.Pseudonym("p3"), Felter: "sho,2023-01-15,2024-04,100,2024-04,4"),
        }.OrderBy(x => x.Kommune, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => $"{x.Kommune},{x.Id},{x.Felter}");
        File.ReadAllLines(Path.Combine(ud, "arbejdsliste.csv")).Should().Equal([ListeHoved, .. forventet]);
        string html = File.ReadAllText(Path.Combine(ud, "rapport.html"));
        html.Should().Contain(p.Pseudonym("p2")).And.NotContain(">p2<").And.NotContain(">p10<");
    }

    [Fact]
    public void Arbejdsliste_DataSlutterFoerC_KlarFejlOgKode2()
    {
        string ud = Repo.NyMappe();
        string data = Repo.NyMappe();
        File.WriteAllText(Path.Combine(data, "ydelser.csv"), "person_id,kommune,ydelse,fra,til\np2,101,kontanthjaelp,2022-01-01,2024-03-30\n");
        File.WriteAllText(Path.Combine(data, "samtaler.csv"), "person_id,dato,type,form\n");
        File.WriteAllText(Path.Combine(data, "tilbud.csv"), "person_id,fra,til,type\n");

        var k = Koersel.Start("arbejdsliste", "--data", data, "--fra", "2024-04", "--ud", ud);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be("Fejl: Data slutter 2024-03-30; --fra 2024-04 kræver data til og med 2024-03-31." + Environment.NewLine);
        Directory.EnumerateFileSystemEntries(ud).Should().BeEmpty();
    }

    public static TheoryData<string[], string> Fejl => new()
    {
        { ["--fra", "1999-12"], "--fra skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '1999-12'." },
        { ["--fra", "2024-4"], "--fra skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '2024-4'." },
        { ["--fra", "2024-04", "--horisont", "0"], "--horisont skal være et heltal fra 1 til 12, ikke '0'." },
        { ["--fra", "2024-04", "--horisont", "13"], "--horisont skal være et heltal fra 1 til 12, ikke '13'." },
        { ["--fra", "2024-04", "--horisont", "tre"], "--horisont skal være et heltal fra 1 til 12, ikke 'tre'." },
        { ["--fra", "2024-04", "--kommune", "999"], "--kommune skal være kendte kommunekoder adskilt af komma (fx 101,147), ikke '999'." },
        { ["--fra", "2024-04", "--kommune", "101,x"], "--kommune skal være kendte kommunekoder adskilt af komma (fx 101,147), ikke 'x'." },
        { ["--fra", "2024-04", "--kommune", "101,"], "--kommune skal være kendte kommunekoder adskilt af komma (fx 101,147), ikke ''." },
    };

    [Theory]
    [MemberData(nameof(Fejl))]
    public void Arbejdsliste_UgyldigtTilvalg_Kode2MedTilvalgetsNavn(string[] tilvalg, string besked)
    {
        var k = Koersel.Start(["arbejdsliste", "--data", Skriv(), "--ud", Repo.NyMappe(), .. tilvalg]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain(besked);
    }

    [Fact]
    public void Arbejdsliste_TraadeOgGentagelse_SammeBytes()
    {
        string data = Skriv();
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();

        Koersel.Start("arbejdsliste", "--data", data, "--fra", "2024-04", "--ud", a, "--traade", "1").Kode.Should().Be(0);
        Koersel.Start("arbejdsliste", "--data", data, "--fra", "2024-04", "--ud", b, "--traade", "4").Kode.Should().Be(0);

        foreach (string fil in new[] { "arbejdsliste.csv", "prognose.csv", "rapport.html", "koersel.json" })
        {
            File.ReadAllBytes(Path.Combine(b, fil)).Should().Equal(File.ReadAllBytes(Path.Combine(a, fil)), fil);
        }
    }

    // SPEC §12: forklar --som-kendt-til explains a listed person's month by the same rule, so the reason for the listing shows.
    public static TheoryData<string?, string> SomKendt => new()
    {
        { "2024-03-31", "Uden indsats (fokusmål 1): ja – 0 tællende tilbud og 37,5 timer" },
        { "2024-03-31", "Data som kendt 2024-03-31" },
        { null, "Uden indsats (fokusmål 1): nej – 1 tællende tilbud" },
    };

    [Theory]
    [MemberData(nameof(SomKendt))]
    public void Forklar_SomKendtTil_SammeRegelSomArbejdslisten(string? somKendtTil, string tekst)
    {
        string[] args = ["forklar", "--data", Skriv(), "--person", "p2", "--maaned", "2024-05"];
        var k = Koersel.Start(somKendtTil is null ? args : [.. args, "--som-kendt-til", somKendtTil]);

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Contain(tekst);
        if (somKendtTil is null)
        {
            k.Ud.Should().NotContain("Data som kendt");
        }
    }

    [Fact]
    public void Forklar_SomKendtTilJson_NaevnerDagen()
    {
        var k = Koersel.Start("forklar", "--data", Skriv(), "--person", "p2", "--maaned", "2024-05", "--som-kendt-til", "2024-03-31", "--json");

        k.Kode.Should().Be(0, k.Fejl);
        using var doc = System.Text.Json.JsonDocument.Parse(k.Ud);
        doc.RootElement.GetProperty("som_kendt_til").GetString().Should().Be("2024-03-31");
    }

    [Fact]
    public void Forklar_UgyldigSomKendtTil_Kode2MedTilvalgetsNavn()
    {
        var k = Koersel.Start("forklar", "--data", Skriv(), "--person", "p2", "--maaned", "2024-05", "--som-kendt-til", "2024-02-30");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("--som-kendt-til skal være en dato på formen åååå-mm-dd, ikke '2024-02-30'.");
    }
}
