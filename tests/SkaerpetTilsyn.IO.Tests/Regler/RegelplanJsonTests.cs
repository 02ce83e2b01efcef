using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.IO.Tests.Regler;

public sealed class RegelplanJsonTests : IDisposable
{
    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "regelplan-" + Guid.NewGuid().ToString("N"));

    public RegelplanJsonTests()
    {
        Directory.CreateDirectory(Path.Combine(_mappe, "planer", "under"));
        Directory.CreateDirectory(Path.Combine(_mappe, "andet"));
        File.WriteAllText(Path.Combine(_mappe, "planer", "eget.json"), RegelsaetJson.Skriv(Regelsaet.Bek2019 with { Navn = "eget" }));
        File.WriteAllText(Path.Combine(_mappe, "planer", "under", "eget-100.json"), RegelsaetJson.Skriv(Regelsaet.Bek2019 with { Navn = "eget", MinTimer = 100 }));
        File.WriteAllText(Path.Combine(_mappe, "planer", "under", "eget-kopi.json"), RegelsaetJson.Skriv(Regelsaet.Bek2019 with { Navn = "eget" }));
        File.WriteAllText(Path.Combine(_mappe, "planer", "fejl.json"), RegelsaetJson.Skriv(Regelsaet.Bek2019).Replace("\"min_timer\"", "\"min_timerr\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_mappe, "andet", "fjern.json"), RegelsaetJson.Skriv(Regelsaet.Bek301_2023 with { Navn = "fjern" }));
    }

    // SPEC §10: every error names the plan, the year and the key; P is the plan file's path as given.
    public static TheoryData<string, string> Fejl => new()
    {
        { "{", "Regelplanen 'P' er ikke gyldig JSON (linje 1)." },
        { "", "Regelplanen 'P' er ikke gyldig JSON (linje 1)." },
        { "[]", "Regelplanen 'P' skal være et JSON-objekt med nøglerne 'navn' og 'aar'." },
        { """{"navn": "x", "aar": {}, "regler": "bek-2019"}""", "Regelplanen 'P' har en ukendt nøgle 'regler' (gyldige: navn, aar)." },
        { """{"navn": "x", "navn": "y", "aar": {}}""", "Regelplanen 'P' har nøglen 'navn' mere end én gang." },
        { """{"aar": {}}""", "Regelplanen 'P' mangler nøglen 'navn'." },
        { """{"navn": "x"}""", "Regelplanen 'P' mangler nøglen 'aar'." },
        { """{"navn": 7, "aar": {}}""", "Regelplanen 'P': nøglen 'navn' skal være en tekst, der ikke er tom." },
        { """{"navn": " ", "aar": {}}""", "Regelplanen 'P': nøglen 'navn' skal være en tekst, der ikke er tom." },
        { """{"navn": "x", "aar": ["bek-2019"]}""", "Regelplanen 'P': nøglen 'aar' skal være et objekt med et årstal pr. nøgle, fx {\"2023\": \"bek-301-2023\"}." },
        { """{"navn": "x", "aar": {"20x1": "bek-2019"}}""", "Regelplanen 'P' har nøglen '20x1' under 'aar', men et år skal være et årstal fra 2000 til 2099." },
        { """{"navn": "x", "aar": {"1999": "bek-2019"}}""", "Regelplanen 'P' har nøglen '1999' under 'aar', men et år skal være et årstal fra 2000 til 2099." },
        { """{"navn": "x", "aar": {"2100": "bek-2019"}}""", "Regelplanen 'P' har nøglen '2100' under 'aar', men et år skal være et årstal fra 2000 til 2099." },
        { """{"navn": "x", "aar": {"02021": "bek-2019"}}""", "Regelplanen 'P' har nøglen '02021' under 'aar', men et år skal være et årstal fra 2000 til 2099." },
        { """{"navn": "x", "aar": {" 2021": "bek-2019"}}""", "Regelplanen 'P' har nøglen ' 2021' under 'aar', men et år skal være et årstal fra 2000 til 2099." },
        { """{"navn": "x", "aar": {"2021": "bek-2019", "2021": "bek-2019"}}""", "Regelplanen 'P' har året 2021 mere end én gang under 'aar'." },
        { """{"navn": "x", "aar": {"2021": 2019}}""", "Regelplanen 'P', år 2021: værdien skal være et regelsæt (et indbygget navn eller en fil) eller et objekt med 'regler'." },
        { """{"navn": "x", "aar": {"2021": null}}""", "Regelplanen 'P', år 2021: værdien skal være et regelsæt (et indbygget navn eller en fil) eller et objekt med 'regler'." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "meddelelsesdato": "2022-04-30"}}}""", "Regelplanen 'P', år 2021 har en ukendt nøgle 'meddelelsesdato' (gyldige: regler, meddelelse, udvaelgelse)." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "regler": "bek-2019"}}}""", "Regelplanen 'P', år 2021 har nøglen 'regler' mere end én gang." },
        { """{"navn": "x", "aar": {"2021": {"udvaelgelse": false}}}""", "Regelplanen 'P', år 2021 mangler nøglen 'regler'." },
        { """{"navn": "x", "aar": {"2021": {"regler": ["bek-2019"]}}}""", "Regelplanen 'P', år 2021: nøglen 'regler' skal være et regelsæt, et indbygget navn eller en fil." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "meddelelse": "30-04-2022"}}}""", "Regelplanen 'P', år 2021: nøglen 'meddelelse' skal være en dato på formen åååå-mm-dd." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "meddelelse": "2022-02-30"}}}""", "Regelplanen 'P', år 2021: nøglen 'meddelelse' skal være en dato på formen åååå-mm-dd." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "meddelelse": 20220430}}}""", "Regelplanen 'P', år 2021: nøglen 'meddelelse' skal være en dato på formen åååå-mm-dd." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "meddelelse": "2021-04-30"}}}""", "Regelplanen 'P', år 2021: nøglen 'meddelelse' skal være en dato i 2022, året efter 2021, ikke 2021-04-30." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "meddelelse": "2023-01-02"}}}""", "Regelplanen 'P', år 2021: nøglen 'meddelelse' skal være en dato i 2022, året efter 2021, ikke 2023-01-02." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "udvaelgelse": "nej"}}}""", "Regelplanen 'P', år 2021: nøglen 'udvaelgelse' skal være true eller false." },
        { """{"navn": "x", "aar": {"2021": {"regler": "bek-2019", "udvaelgelse": 0}}}""", "Regelplanen 'P', år 2021: nøglen 'udvaelgelse' skal være true eller false." },
        { """{"navn": "x", "aar": {"2021": "bek-2099"}}""", "Regelplanen 'P', år 2021: regelsættet 'bek-2099' er hverken et indbygget regelsæt (bek-301-2023, bek-2019, corona-2020, forslag-graenser-25-15, kun-samtaler-2021) eller en fil, der findes (ved siden af regelplanen)." },
        { """{"navn": "x", "aar": {"2021": {"regler": "mangler.json"}}}""", "Regelplanen 'P', år 2021: regelsættet 'mangler.json' er hverken et indbygget regelsæt (bek-301-2023, bek-2019, corona-2020, forslag-graenser-25-15, kun-samtaler-2021) eller en fil, der findes (ved siden af regelplanen)." },
        { """{"navn": "x", "aar": {"2021": ""}}""", "Regelplanen 'P', år 2021: regelsættet '' er hverken et indbygget regelsæt (bek-301-2023, bek-2019, corona-2020, forslag-graenser-25-15, kun-samtaler-2021) eller en fil, der findes (ved siden af regelplanen)." },
        { """{"navn": "x", "aar": {"2021": "under"}}""", "Regelplanen 'P', år 2021: regelsættet 'under' er hverken et indbygget regelsæt (bek-301-2023, bek-2019, corona-2020, forslag-graenser-25-15, kun-samtaler-2021) eller en fil, der findes (ved siden af regelplanen)." },
        { """{"navn": "x", "aar": {"2021": "fejl.json"}}""", "Regelplanen 'P', år 2021, regelsættet 'fejl.json': Regelsættet har en ukendt nøgle 'min_timerr'." },
        { """{"navn": "x", "aar": {"2021": "eget.json", "2022": "under/eget-100.json"}}""", "Regelplanen 'P' bruger to forskellige regelsæt med navnet 'eget' (år 2021 og 2022); giv dem hver sit navn." },
        { """{"navn": "x", "aar": {"2021": "bek-2019", "2023": "bek-2019"}}""", "Regelplanen 'P' har intet regelsæt for 2022; hvert år fra 2021 til 2023 skal stå under 'aar'." },
        { """{"navn": "x", "aar": {"2022": "bek-2019", "2023": "bek-2019"}}""", "Regelplanen 'P' har intet regelsæt for 2021; hvert år fra 2021 til 2023 skal stå under 'aar'." },
    };

    [Theory]
    [MemberData(nameof(Fejl))]
    public void LaesFil_Invalid_OneSentenceNamingPlanYearAndKey(string json, string forventet)
    {
        string sti = SkrivPlan(json);
        var handling = () => RegelplanJson.LaesFil(sti, 2021, 2023);
        handling.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be(forventet.Replace("'P'", $"'{sti}'", StringComparison.Ordinal));
    }

    [Fact]
    public void LaesFil_MissingFile_NamesIt()
    {
        string sti = Path.Combine(_mappe, "ingen.json");
        var handling = () => RegelplanJson.LaesFil(sti, 2021, 2021);
        handling.Should().Throw<RegelsaetFejlException>().WithMessage($"Regelplanen '{sti}' findes ikke.");
    }

    // SPEC §10: a value is a reference (built-in name or file relative to the plan) or an object with regler, meddelelse and udvaelgelse.
    public static TheoryData<string, string> Korte => new()
    {
        { "\"bek-2019\"", "bek-2019 2022-04-30 ja" },
        { "\"eget.json\"", "eget 2022-04-30 ja" },
        { "\"under/eget-100.json\"", "eget 2022-04-30 ja" },
        { "\"../andet/fjern.json\"", "fjern 2022-04-30 ja" },
        { "{\"regler\": \"bek-301-2023\"}", "bek-301-2023 2022-04-30 ja" },
        { "{\"regler\": \"eget.json\", \"meddelelse\": \"2022-05-15\"}", "eget 2022-05-15 ja" },
        { "{\"regler\": \"bek-2019\", \"udvaelgelse\": false}", "bek-2019 2022-04-30 nej" },
        { "{\"udvaelgelse\": true, \"meddelelse\": \"2022-12-31\", \"regler\": \"bek-2019\"}", "bek-2019 2022-12-31 ja" },
    };

    [Theory]
    [MemberData(nameof(Korte))]
    public void LaesFil_YearEntry_RuleSetMeddelelseAndUdvaelgelse(string vaerdi, string forventet)
    {
        // The working folder is elsewhere: a relative reference is found beside the plan, not in the working folder.
        var plan = RegelplanJson.LaesFil(SkrivPlan("{\"navn\": \"min plan\", \"aar\": {\"2021\": " + vaerdi + "}}"), 2021, 2021);
        var p = plan[2021];
        plan.Navn.Should().Be("min plan");
        $"{p.Regler.Navn} {p.Meddelelse:yyyy-MM-dd} {(p.Udvaelgelse ? "ja" : "nej")}".Should().Be(forventet);
    }

    [Fact]
    public void LaesFil_SameReferenceTwice_OneRuleSetAndYearsBeyondTheRangeKept()
    {
        var plan = RegelplanJson.LaesFil(
            SkrivPlan("""{"navn": "p", "aar": {"2023": "eget.json", "2021": "eget.json", "2022": "under/eget-kopi.json", "2024": "bek-301-2023"}}"""), 2021, 2022);
        plan.Aar.Keys.Should().Equal(2021, 2022, 2023, 2024);
        plan[2021].Regler.Should().BeSameAs(plan[2023].Regler);
        plan[2022].Regler.Should().NotBeSameAs(plan[2021].Regler, "another file with the same navn and content is another reference");
        plan[2024].Regler.Should().BeSameAs(Regelsaet.Bek301_2023);
        plan[2021].Regler.MinTimer.Should().Be(225);
    }

    [Fact]
    public void LaesFil_ShippedPlan_ReadsAllSixYears()
    {
        string sti = Path.Combine(Rod(), "regler", "historik-2019-2024.json");
        var plan = RegelplanJson.LaesFil(sti, 2019, 2024);
        string.Join(" ", plan.Aar.Select(a => $"{a.Key}:{a.Value.Regler.Navn}:{(a.Value.Udvaelgelse ? "ja" : "nej")}")).Should().Be(
            "2019:bek-2019:nej 2020:corona-2020:nej 2021:kun-samtaler-2021:ja 2022:kun-samtaler-2021:ja 2023:bek-301-2023:ja 2024:bek-301-2023:ja");
        plan.Aar.Should().OnlyContain(a => a.Value.Meddelelse == new LocalDate(a.Key + 1, 4, 30));
    }

    // SPEC §10 --mod: a JSON file with an aar key is a plan; anything else is a rule-set reference for every year.
    [Theory]
    [InlineData("bek-2019", "bek-2019", "bek-2019 bek-2019")]
    [InlineData("planer/eget.json", "eget", "eget eget")]
    [InlineData("plan.json", "p", "bek-2019 bek-301-2023")]
    public void HentPlanEllerRegelsaet_Reference_PlanOrOneRuleSetEveryYear(string reference, string navn, string regler)
    {
        File.WriteAllText(Path.Combine(_mappe, "plan.json"), """{"navn": "p", "aar": {"2021": "bek-2019", "2022": "bek-301-2023"}}""");
        string sti = reference.StartsWith("bek-", StringComparison.Ordinal) ? reference : Path.Combine(_mappe, reference);
        var plan = RegelplanJson.HentPlanEllerRegelsaet(sti, 2021, 2022);
        plan.Navn.Should().Be(navn);
        string.Join(" ", plan.Aar.Values.Select(p => p.Regler.Navn)).Should().Be(regler);
    }

    [Theory]
    [InlineData("bek-2099", "Regelsættet 'bek-2099' er hverken et indbygget regelsæt (bek-301-2023, bek-2019, corona-2020, forslag-graenser-25-15, kun-samtaler-2021) eller en fil, der findes.")]
    [InlineData("FIL", "Regelplanen 'FIL' har intet regelsæt for 2023; hvert år fra 2021 til 2023 skal stå under 'aar'.")]
    public void HentPlanEllerRegelsaet_Invalid_NamesIt(string reference, string forventet)
    {
        string fil = Path.Combine(_mappe, "kort.json");
        File.WriteAllText(fil, """{"navn": "kort", "aar": {"2021": "bek-2019", "2022": "bek-2019"}}""");
        string sti = reference == "FIL" ? fil : reference;
        var handling = () => RegelplanJson.HentPlanEllerRegelsaet(sti, 2021, 2023);
        handling.Should().Throw<RegelsaetFejlException>().Which.Message.Should().Be(forventet.Replace("FIL", fil, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_mappe, recursive: true);

    private string SkrivPlan(string json)
    {
        string sti = Path.Combine(_mappe, "planer", "plan-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(sti, json);
        return sti;
    }

    private static string Rod()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SkaerpetTilsyn.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("SkaerpetTilsyn.sln not found.");
    }
}
