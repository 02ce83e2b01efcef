using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions.Equivalency;
using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.IO.Tests.Regler;

public sealed class RegelsaetJsonTests : IDisposable
{
    // Verbatim from SPEC §6.
    private const string SpecJson = """
        { "navn": "bek-301-2023",
          "fm1_graense_pct": 30, "fm2_graense_pct": 20,
          "min_forloeb_dage": 365, "vindue_dage": 365,
          "forloeb_brud": "hel_kalendermaaned", "max_gap_dage": 0,
          "fortsaettende_skift": [["sho", "uddannelseshjaelp"], ["sho", "kontanthjaelp"]],
          "min_timer": 100, "min_samtaler": 4,
          "fritagelse_max_andel": 0.5, "doede_aarsager": ["barsel", "standby"],
          "p91_udelukket_fra": "2023-03-22", "p91_undtagne_ydelser": ["uddannelseshjaelp", "sho"],
          "foerste_jobsamtale_personligt_fra": "2023-03-22",
          "gennemsnit": "maanedsandele", "udelukkede_maaneder": [],
          "aktive_fokusmaal": ["fm1", "fm2"],
          "adm_min_tilbud_pct": 70, "adm_min_samtaler_pct": 80 }
        """;

    private const string Bek301Skrevet = """
        {
          "navn": "bek-301-2023",
          "fm1_graense_pct": 30,
          "fm2_graense_pct": 20,
          "min_forloeb_dage": 365,
          "vindue_dage": 365,
          "forloeb_brud": "hel_kalendermaaned",
          "max_gap_dage": 0,
          "fortsaettende_skift": [
            [
              "sho",
              "uddannelseshjaelp"
            ],
            [
              "sho",
              "kontanthjaelp"
            ]
          ],
          "min_timer": 100,
          "min_samtaler": 4,
          "fritagelse_max_andel": 0.5,
          "doede_aarsager": [
            "barsel",
            "standby"
          ],
          "p91_udelukket_fra": "2023-03-22",
          "p91_undtagne_ydelser": [
            "uddannelseshjaelp",
            "sho"
          ],
          "foerste_jobsamtale_personligt_fra": "2023-03-22",
          "gennemsnit": "maanedsandele",
          "udelukkede_maaneder": [],
          "aktive_fokusmaal": [
            "fm1",
            "fm2"
          ],
          "adm_min_tilbud_pct": 70,
          "adm_min_samtaler_pct": 80
        }

        """;

    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "regelsaet-" + Guid.NewGuid().ToString("N"));

    public RegelsaetJsonTests()
    {
        Directory.CreateDirectory(_mappe);
    }

    public static TheoryData<string> Indbyggede => new() { "bek-301-2023", "bek-2019" };

    public static TheoryData<string> Regelsaetfiler => [.. Repo.Regelsaetfiler()];

    // The names of SPEC §6's built-ins, then every file of regler/ that is not one of them.
    private const string AlleNavne = "bek-301-2023, bek-2019, corona-2020, forslag-graenser-25-15, kun-samtaler-2021";

    public static TheoryData<string, string> Fejl => new()
    {
        { Med("min_timerr", "100"), "Regelsættet har en ukendt nøgle 'min_timerr'." },
        { Fjern("vindue_dage"), "Regelsættet mangler nøglen 'vindue_dage'." },
        { Med("min_timer", "\"100\""), "Nøglen 'min_timer' skal være et tal." },
        { Med("fm1_graense_pct", "null"), "Nøglen 'fm1_graense_pct' skal være et tal." },
        { Med("adm_min_tilbud_pct", "-1"), "Nøglen 'adm_min_tilbud_pct' må ikke være negativ." },
        { Med("vindue_dage", "365.5"), "Nøglen 'vindue_dage' skal være et heltal." },
        { Med("max_gap_dage", "-1"), "Nøglen 'max_gap_dage' må ikke være negativ." },
        { Med("vindue_dage", "0"), "Nøglen 'vindue_dage' skal være mindst 1." },
        { Med("min_forloeb_dage", "0"), "Nøglen 'min_forloeb_dage' skal være mindst 1." },
        { Med("navn", "5"), "Nøglen 'navn' skal være en tekst." },
        { Med("navn", "\" \""), "Nøglen 'navn' må ikke være tom." },
        { Med("doede_aarsager", "[\"ferie\"]"), "Nøglen 'doede_aarsager' indeholder den ukendte kode 'ferie'." },
        { Med("doede_aarsager", "\"barsel\""), "Nøglen 'doede_aarsager' skal være en liste af koder." },
        { Med("p91_undtagne_ydelser", "[\"sho\", \"folkepension\"]"), "Nøglen 'p91_undtagne_ydelser' indeholder den ukendte kode 'folkepension'." },
        { Med("fortsaettende_skift", "[[\"sho\", \"pension\"]]"), "Nøglen 'fortsaettende_skift' indeholder den ukendte kode 'pension'." },
        { Med("fortsaettende_skift", "[[\"sho\"]]"), "Nøglen 'fortsaettende_skift' skal være en liste af par af ydelser som [\"sho\", \"kontanthjaelp\"]." },
        { Med("aktive_fokusmaal", "[\"fm3\"]"), "Nøglen 'aktive_fokusmaal' indeholder den ukendte kode 'fm3'." },
        { Med("aktive_fokusmaal", "[1]"), "Nøglen 'aktive_fokusmaal' skal være en liste af koder." },
        { Med("p91_udelukket_fra", "\"2023-3-22\""), "Nøglen 'p91_udelukket_fra' har den ugyldige dato '2023-3-22' (skal være yyyy-MM-dd eller null)." },
        { Med("foerste_jobsamtale_personligt_fra", "\"2023-02-30\""), "Nøglen 'foerste_jobsamtale_personligt_fra' har den ugyldige dato '2023-02-30' (skal være yyyy-MM-dd eller null)." },
        { Med("p91_udelukket_fra", "20230322"), "Nøglen 'p91_udelukket_fra' skal være en dato (yyyy-MM-dd) eller null." },
        { Med("udelukkede_maaneder", "[\"2020-3\"]"), "Nøglen 'udelukkede_maaneder' indeholder den ugyldige måned '2020-3' (skal være yyyy-MM)." },
        { Med("udelukkede_maaneder", "[\"2020-03-01\"]"), "Nøglen 'udelukkede_maaneder' indeholder den ugyldige måned '2020-03-01' (skal være yyyy-MM)." },
        { Med("udelukkede_maaneder", "\"2020-03\""), "Nøglen 'udelukkede_maaneder' skal være en liste af måneder (yyyy-MM)." },
        { Med("forloeb_brud", "\"uge\""), "Nøglen 'forloeb_brud' har den ukendte værdi 'uge' (gyldige: hel_kalendermaaned, dage)." },
        { Med("gennemsnit", "\"median\""), "Nøglen 'gennemsnit' har den ukendte værdi 'median' (gyldige: maanedsandele, samlet)." },
        { "{ \"navn\": \"a\", " + SpecJson.TrimStart()[1..], "Regelsættet har nøglen 'navn' mere end én gang." },
        { "[]", "Regelsættet skal være et JSON-objekt." },
        { "{ \"navn\":\n  30,\n  ]", "Regelsættet er ikke gyldig JSON (linje 3)." },
        { "", "Regelsættet er ikke gyldig JSON (linje 1)." },
    };

    [Fact]
    public void Laes_SpecExample_IsBek301_2023()
    {
        var r = RegelsaetJson.Laes(SpecJson);

        r.Should().BeEquivalentTo(Regelsaet.Bek301_2023, AlleEgenskaber);
    }

    [Fact]
    public void Hent_Bek2019ByName_Has225HoursAndNoCutOffs()
    {
        var r = RegelsaetJson.Hent("bek-2019");

        r.MinTimer.Should().Be(225);
        r.P91UdelukketFra.Should().BeNull();
        r.FoersteJobsamtalePersonligtFra.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Indbyggede))]
    public void Laes_SkrivOfBuiltIn_RoundTrips(string navn)
    {
        var r = Regelsaet.Indbyggede[navn];

        string json = RegelsaetJson.Skriv(r);

        RegelsaetJson.Laes(json).Should().BeEquivalentTo(r, AlleEgenskaber);
        RegelsaetJson.Skriv(RegelsaetJson.Laes(json)).Should().Be(json);
    }

    [Fact]
    public void Skriv_Bek301_2023_IsCanonicalText()
    {
        RegelsaetJson.Skriv(Regelsaet.Bek301_2023).Should().Be(Bek301Skrevet);
    }

    [Fact]
    public void Skriv_Bek2019_WritesNullCutOffs()
    {
        string json = RegelsaetJson.Skriv(Regelsaet.Bek2019);

        json.Should().Contain("\"p91_udelukket_fra\": null,\n");
        json.Should().Contain("\"foerste_jobsamtale_personligt_fra\": null,\n");
    }

    [Fact]
    public void Skriv_ScaledDecimalsAndMonths_WritesValuesExactly()
    {
        var r = Regelsaet.Bek301_2023 with
        {
            Navn = "covid-2020 ærø",
            MinTimer = 100.00m,
            FritagelseMaxAndel = 0.50m,
            Fm1GraensePct = 29.95m,
            UdelukkedeMaaneder = [new YearMonth(2020, 3), new YearMonth(2020, 6)],
        };

        string json = RegelsaetJson.Skriv(r);

        json.Should().Contain("\"navn\": \"covid-2020 ærø\",\n");
        json.Should().Contain("\"min_timer\": 100,\n");
        json.Should().Contain("\"fritagelse_max_andel\": 0.5,\n");
        json.Should().Contain("\"fm1_graense_pct\": 29.95,\n");
        json.Should().Contain("\"udelukkede_maaneder\": [\n    \"2020-03\",\n    \"2020-06\"\n  ],\n");
        RegelsaetJson.Laes(json).Should().BeEquivalentTo(r, AlleEgenskaber);
    }

    [Theory]
    [MemberData(nameof(Fejl))]
    public void Laes_InvalidRuleSet_ThrowsNamingTheKey(string json, string besked)
    {
        var laes = () => RegelsaetJson.Laes(json);

        laes.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be(besked);
    }

    [Fact]
    public void Hent_UnknownNameOrFile_ThrowsClearMessage()
    {
        string sti = Path.Combine(_mappe, "findes-ikke.json");

        var hent = () => RegelsaetJson.Hent(sti);

        hent.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be(
            $"Regelsættet '{sti}' er hverken et indbygget regelsæt ({AlleNavne}) eller en fil, der findes.");
    }

    [Fact]
    public void Navne_IndbyggedeOgHverFilIRegler()
    {
        string.Join(", ", RegelsaetJson.Navne).Should().Be(AlleNavne);
        RegelsaetJson.Navne.Order(StringComparer.Ordinal).Should().Equal(Repo.Regelsaetfiler().Select(Path.GetFileNameWithoutExtension));
    }

    [Theory]
    [MemberData(nameof(Regelsaetfiler))]
    public void Hent_NavnPaaFilIRegler_SammeSomFilen(string fil)
    {
        var fraFil = RegelsaetJson.LaesFil(Path.Combine(Repo.Regler, fil));

        RegelsaetJson.Hent(Path.GetFileNameWithoutExtension(fil)).Should().BeEquivalentTo(fraFil, AlleEgenskaber);
    }

    [Theory]
    [InlineData("bek-301-2023", "bek-301-2023")]
    [InlineData("bek-2019", "bek-2019")]
    [InlineData("corona-2020", "corona-2020")]
    [InlineData("kun-samtaler-2021", "kun-samtaler-2021")]
    [InlineData("forslag-graenser-25-15", "forslag-graenser-25-15")]
    [InlineData("Corona-2020", null)]
    [InlineData("corona-2020.json", null)]
    [InlineData("regler/corona-2020", null)]
    [InlineData(" corona-2020", null)]
    [InlineData("corona", null)]
    [InlineData("historik-2019-2024", null)]
    [InlineData("", null)]
    public void Hent_Navn_FindesKunVedNoejagtigtNavn(string navn, string? forventet)
    {
        var hent = () => RegelsaetJson.Hent(navn);

        if (forventet is null)
        {
            hent.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be(
                $"Regelsættet '{navn}' er hverken et indbygget regelsæt ({AlleNavne}) eller en fil, der findes.");
        }
        else
        {
            hent().Navn.Should().Be(forventet);
        }
    }

    [Theory]
    [MemberData(nameof(Indbyggede))]
    public void Hent_IndbyggetNavn_KodensRegelsaetFoerFilen(string navn)
    {
        RegelsaetJson.Hent(navn).Should().BeSameAs(Regelsaet.Indbyggede[navn]);
    }

    [Fact]
    public void LaesFil_MissingFile_ThrowsClearMessage()
    {
        string sti = Path.Combine(_mappe, "findes-ikke.json");

        var laes = () => RegelsaetJson.LaesFil(sti);

        laes.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be($"Regelsætfilen '{sti}' findes ikke.");
    }

    [Fact]
    public void Hent_FileThatIsNotJson_ThrowsClearMessage()
    {
        string sti = Path.Combine(_mappe, "regler.json");
        File.WriteAllText(sti, "navn = bek-301-2023\n");

        var hent = () => RegelsaetJson.Hent(sti);

        hent.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be(
            $"Regelsætfilen '{sti}' er ikke gyldig JSON (linje 1).");
    }

    [Fact]
    public void Hent_FileWithBom_ReadsRuleSet()
    {
        string sti = Path.Combine(_mappe, "regler.json");
        File.WriteAllText(sti, RegelsaetJson.Skriv(Regelsaet.Bek2019), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        RegelsaetJson.Hent(sti).Should().BeEquivalentTo(Regelsaet.Bek2019, AlleEgenskaber);
    }

    public void Dispose()
    {
        Directory.Delete(_mappe, recursive: true);
    }

    // Records compare their lists by reference; compare member by member, lists in order.
    private static EquivalencyAssertionOptions<Regelsaet> AlleEgenskaber(EquivalencyAssertionOptions<Regelsaet> o) =>
        o.ComparingByMembers<Regelsaet>().WithStrictOrdering();

    private static JsonObject Spec() => JsonNode.Parse(SpecJson)!.AsObject();

    // Sets (or adds) one key of the SPEC example to a raw JSON value.
    private static string Med(string noegle, string vaerdi)
    {
        var o = Spec();
        o[noegle] = JsonNode.Parse(vaerdi);
        return o.ToJsonString();
    }

    private static string Fjern(string noegle)
    {
        var o = Spec();
        o.Remove(noegle);
        return o.ToJsonString();
    }
}
