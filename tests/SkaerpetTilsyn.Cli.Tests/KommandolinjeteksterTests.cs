using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>The library's own texts reach the user in Danish (issue 9 item 6): every resource key has a translation, and usage errors give exit code 2.</summary>
public partial class KommandolinjeteksterTests
{
    /// <summary>Every resource key of the System.CommandLine in use, read from its neutral resources, so a key added by a new version is a new row.</summary>
    public static TheoryData<string> BiblioteketsNoegler
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string noegle in Engelske().Keys.Order(StringComparer.Ordinal))
            {
                data.Add(noegle);
            }

            return data;
        }
    }

    [Fact]
    public void Dansk_BiblioteketsNoegler_HverHarEnDanskTekstOgIngenEkstra()
    {
        var engelske = Engelske();

        engelske.Keys.Except(Kommandolinjetekster.Dansk.Keys).Should().BeEmpty("every text of the library needs a Danish translation");
        Kommandolinjetekster.Dansk.Keys.Except(engelske.Keys).Should().BeEmpty("a translation of a key the library no longer has is dead");
    }

    [Theory]
    [MemberData(nameof(BiblioteketsNoegler))]
    public void Installer_Noegle_BiblioteketSvarerPaaDansk(string noegle)
    {
        Kommandolinjetekster.Dansk.Should().ContainKey(noegle);
        string dansk = Kommandolinjetekster.Dansk[noegle];
        string engelsk = Engelske()[noegle];
        Kommandolinjetekster.Installer();

        string? svar = (string?)typeof(Command).Assembly.GetType(Kommandolinjetekster.Ressourcenavn)!
            .GetProperty(noegle, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);

        svar.Should().Be(dansk);
        dansk.Should().NotBe(engelsk);
        Pladsholdere(dansk).Should().BeSubsetOf(Pladsholdere(engelsk), "a Danish text can only use values the library passes");
    }

    public static TheoryData<string[], string> Fejl => new()
    {
        { [], "Fejl: Angiv en kommando." },
        { ["opgoerelse", "--data", "d", "--ud", "u"], "Fejl: Tilvalget --aar skal angives." },
        { ["generer", "--ud", "u", "--seed", "frø"], "Fejl: 'frø' er ikke en gyldig værdi for --seed." },
        { ["opgoerelse", "--data", "d", "--aar", "2023", "--ud", "u", "--foo"], "Fejl: Ukendt kommando eller argument '--foo'." },
        { ["opgoerelse", "--data", "d", "--ud", "u", "--aar"], "Fejl: Tilvalget --aar mangler en værdi." },
        { ["opgoerelse", "--data", "d", "--ud", "u", "--aar", "2023", "--aar", "2024"], "Fejl: Tilvalget --aar tager én værdi, men fik 2." },
        { ["--version", "opgoerelse"], "Fejl: --version kan ikke bruges sammen med andre argumenter." },
    };

    [Theory]
    [MemberData(nameof(Fejl))]
    public void Koer_Brugsfejl_DanskBeskedOgKode2(string[] args, string forventet)
    {
        var k = Koersel.Start(args);

        k.Kode.Should().Be(2);
        k.Fejl.Split('\n').Should().Contain(forventet);
        k.Fejl.Should().EndWith("Se 'skaerpet --help'.\n");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("opgoerelse", "--help")]
    [InlineData("generer", "-h")]
    public void Koer_Hjaelp_DanskeOverskrifterOgEtiketter(params string[] args)
    {
        var k = Koersel.Start(args);

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Should().Contain("Beskrivelse:").And.Contain("Brug:").And.Contain("Tilvalg:").And.Contain("Vis hjælp og brug");
        EngelskOverskrift().IsMatch(k.Ud).Should().BeFalse(k.Ud);
        k.Ud.Should().NotContain("(REQUIRED)").And.NotContain("[default:").And.NotContain("[options]").And.NotContain("Show ");
    }

    [Fact]
    public void Koer_HjaelpTilOpgoerelse_PaakraevedeOgStandardvaerdierPaaDansk()
    {
        var k = Koersel.Start("opgoerelse", "--help");

        k.Ud.Should().MatchRegex(@"Brug:\n  \S+ opgoerelse \[tilvalg\]\n").And.Contain("(skal angives)").And.Contain("[standard: bek-301-2023]");
    }

    private static Dictionary<string, string> Engelske()
    {
        var ressourcer = new ResourceManager(Kommandolinjetekster.Ressourcenavn, typeof(Command).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var tekster = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in ressourcer)
        {
            tekster.Add((string)e.Key, (string)e.Value!);
        }

        return tekster;
    }

    private static List<string> Pladsholdere(string tekst) => [.. Pladsholder().Matches(tekst).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Pladsholder();

    [GeneratedRegex("^(Description|Usage|Options|Commands|Arguments):", RegexOptions.Multiline)]
    private static partial Regex EngelskOverskrift();
}
