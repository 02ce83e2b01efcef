using System.Globalization;
using System.Text.Json.Nodes;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>The rule sets shipped in <c>regler/</c>: valid, canonical, named after their file, and the built-ins identical to the code's; and the plans beside them.</summary>
public class ReglerMappeTests
{
    public static TheoryData<string> Filer => [.. Json().Where(f => !ErPlan(f))];

    public static TheoryData<string> Planer => [.. Json().Where(ErPlan)];

    public static TheoryData<string> Indbyggede => [.. Regelsaet.Indbyggede.Keys];

    private static string Mappe => Path.Combine(Repo.Rod, "regler");

    [Theory]
    [MemberData(nameof(Filer))]
    public void Fil_LaesesOgErKanoniskMedFilensNavn(string fil)
    {
        string sti = Path.Combine(Mappe, fil);
        var regler = RegelsaetJson.LaesFil(sti);
        regler.Navn.Should().Be(Path.GetFileNameWithoutExtension(fil));
        File.ReadAllText(sti).Should().Be(RegelsaetJson.Skriv(regler));
    }

    [Theory]
    [MemberData(nameof(Planer))]
    public void Plan_LaesesForAlleSineAarMedFilensNavn(string fil)
    {
        // SPEC §10: a plan names its rule sets by the files beside it, so every year must resolve from here.
        string sti = Path.Combine(Mappe, fil);
        var aar = JsonNode.Parse(File.ReadAllText(sti))!["aar"]!.AsObject().Select(p => int.Parse(p.Key, CultureInfo.InvariantCulture)).ToList();
        var plan = RegelplanJson.LaesFil(sti, aar.Min(), aar.Max());
        plan.Navn.Should().Be(Path.GetFileNameWithoutExtension(fil));
        plan.Aar.Keys.Should().Equal(aar.Order());
    }

    [Theory]
    [MemberData(nameof(Indbyggede))]
    public void Fil_IndbyggetRegelsaet_SammeTekstSomKoden(string navn)
    {
        File.ReadAllText(Path.Combine(Mappe, navn + ".json")).Should().Be(RegelsaetJson.Skriv(Regelsaet.Indbyggede[navn]));
    }

    [Fact]
    public void Fil_Varianter_AfviigerKunHvorDeSkal()
    {
        string bek2019 = RegelsaetJson.Skriv(Regelsaet.Bek2019 with { Navn = "x" });
        var corona = RegelsaetJson.LaesFil(Path.Combine(Mappe, "corona-2020.json"));
        corona.UdelukkedeMaaneder.Select(m => m.Month).Should().Equal(3, 4, 5, 6);
        RegelsaetJson.Skriv(corona with { Navn = "x", UdelukkedeMaaneder = [] }).Should().Be(bek2019);

        var samtaler = RegelsaetJson.LaesFil(Path.Combine(Mappe, "kun-samtaler-2021.json"));
        samtaler.AktiveFokusmaal.Should().Equal(Fokusmaal.Fm2);
        RegelsaetJson.Skriv(samtaler with { Navn = "x", AktiveFokusmaal = [Fokusmaal.Fm1, Fokusmaal.Fm2] }).Should().Be(bek2019);
    }

    private static IEnumerable<string> Json() => Directory.GetFiles(Mappe, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    // SPEC §10: a JSON file with an aar key is a plan.
    private static bool ErPlan(string fil) => JsonNode.Parse(File.ReadAllText(Path.Combine(Mappe, fil))) is JsonObject o && o.ContainsKey("aar");
}
