using System.Text.Json;

namespace SkaerpetTilsyn.Cli.Tests;

public class ForklarKommandoTests
{
    private static readonly string s_data = Smaadata.Skriv();

    [Fact]
    public void Forklar_PersonUdenIndsats_ForklarerHverMarkeringPaaDansk()
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", "A", "--maaned", "2023-06");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Contain("Vinduet [W, D] = [2022-07-01, 2023-06-30]")
            .And.Contain("§ 91-tilbud (øvrig vejledning) fra 2023-03-22, og ydelsen kontanthjaelp er ikke undtaget")
            .And.Contain("timer uden til tæller aldrig")
            .And.Contain("tæller ikke: efter D")
            .And.Contain("I målgruppen for kommune 101 København som kontanthjaelp.")
            .And.Contain("Uden indsats (fokusmål 1): ja – 0 tællende tilbud og 60,5 timer")
            .And.Contain("Få samtaler (fokusmål 2): ja – 3 tællende samtaler");
    }

    public static TheoryData<string, string> Udfald => new()
    {
        { "B", "forløbet fortsætter – fortsættende skift" },
        { "B", "Uden indsats (fokusmål 1): nej – 1 tællende tilbud" },
        { "C", "Ikke i målgruppen: forløbet har kun 181 tællede dage (kræver mindst 365)." },
        { "D", "forløbet fortsætter – pausen er for kort til at bryde det" },
        { "D", "Få samtaler (fokusmål 2): nej – 4 tællende samtaler" },
    };

    [Theory]
    [MemberData(nameof(Udfald))]
    public void Forklar_Person_NaevnerReglen(string person, string tekst)
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", person, "--maaned", "2023-06");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Contain(tekst);
    }

    // SPEC §9.5: the id is trimmed of spaces and tabs like an input field.
    [Theory]
    [InlineData(" A")]
    [InlineData("A ")]
    [InlineData("\tA \t")]
    public void Forklar_PersonMedMellemrumOmkring_FindesSomInddatafelt(string person)
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", person, "--maaned", "2023-06");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Be(Koersel.Start("forklar", "--data", s_data, "--person", "A", "--maaned", "2023-06").Ud);
    }

    [Fact]
    public void Forklar_ForsteJobsamtaleDigital_TaellerIkke()
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", "C", "--maaned", "2023-06", "--regler", "bek-301-2023");

        k.Ud.Should().Contain("forløbets første jobsamtale efter 2023-03-22 var ikke personlig");
    }

    [Fact]
    public void Forklar_Json_GiverSammeResultatSomStruktur()
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", "A", "--maaned", "2023-06", "--json");

        k.Kode.Should().Be(0, k.Fejl);
        using var doc = JsonDocument.Parse(k.Ud);
        var r = doc.RootElement.GetProperty("resultat");
        r.GetProperty("status").GetString().Should().Be("i_maalgruppe");
        r.GetProperty("kommune").GetInt32().Should().Be(101);
        r.GetProperty("vindue_start").GetString().Should().Be("2022-07-01");
        r.GetProperty("uden_indsats").GetBoolean().Should().BeTrue();
        r.GetProperty("faa_samtaler").GetBoolean().Should().BeTrue();
        r.GetProperty("timer_i_vindue").GetDecimal().Should().Be(60.5m);
        doc.RootElement.GetProperty("indsatser").EnumerateArray()
            .Select(i => i.GetProperty("vurdering").GetString())
            .Should().Equal("taeller", "taeller", "p91_udelukket", "taeller", "taeller", "aaben_til", "efter_vindue");
    }

    [Fact]
    public void Forklar_Bek2019_TaellerP91Tilbuddet()
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", "A", "--maaned", "2023-06", "--regler", "bek-2019", "--json");

        using var doc = JsonDocument.Parse(k.Ud);
        doc.RootElement.GetProperty("resultat").GetProperty("tilbud_i_vindue").GetInt32().Should().Be(1);
    }

    public static TheoryData<string, string, string> Fejl => new()
    {
        { "X", "2023-06", "Person 'X' findes ikke" },
        { "A", "2023-13", "--maaned skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '2023-13'." },
        { "A", "juni", "--maaned" },
    };

    [Theory]
    [MemberData(nameof(Fejl))]
    public void Forklar_UgyldigPersonEllerMaaned_Kode2MedBesked(string person, string maaned, string besked)
    {
        var k = Koersel.Start("forklar", "--data", s_data, "--person", person, "--maaned", maaned);

        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith("Fejl: ").And.Contain(besked);
    }

    [Theory]
    [InlineData(" A ")]
    [InlineData("\tA")]
    public void Forklar_PersonMedMellemrum_TrimmesSomEtInddatafelt(string person)
    {
        var trimmet = Koersel.Start("forklar", "--data", s_data, "--person", "A", "--maaned", "2023-06");

        var k = Koersel.Start("forklar", "--data", s_data, "--person", person, "--maaned", "2023-06");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Be(trimmet.Ud);
    }

    [Fact]
    public void Forklar_UsorteretYdelsesfil_SammeForklaringOgBemaerkning()
    {
        string usorteret = Smaadata.Skriv();
        string sti = Path.Combine(usorteret, "ydelser.csv");
        var linjer = File.ReadAllLines(sti);
        // A's one row moved to the end: persons out of order, each person's own rows in their original order.
        File.WriteAllLines(sti, [linjer[0], .. linjer.Skip(2), linjer[1]]);

        var sorteret = Koersel.Start("forklar", "--data", s_data, "--person", "A", "--maaned", "2023-06");
        var k = Koersel.Start("forklar", "--data", usorteret, "--person", "A", "--maaned", "2023-06");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Be(sorteret.Ud);
        k.Fejl.Should().Contain("ydelser.csv er ikke sorteret efter person_id");
    }
}
