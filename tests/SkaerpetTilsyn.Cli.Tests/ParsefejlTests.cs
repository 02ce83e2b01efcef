namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Usage errors reach the user in Danish with exit code 2 (SPEC §7; issue 5).</summary>
public class ParsefejlTests
{
    public static TheoryData<string[], string> Fejl => new()
    {
        { [], "Fejl: Angiv en kommando." },
        { ["opgoerelse", "--data", "d", "--ud", "u"], "Fejl: Tilvalget --aar skal angives." },
        { ["opgoerelse", "--data", "d", "--aar", "abc", "--ud", "u"], "Fejl: 'abc' er ikke en gyldig værdi for --aar." },
        { ["opgoerelse", "--data", "d", "--aar", "2023", "--ud", "u", "--foo"], "Fejl: Ukendt kommando eller argument '--foo'." },
        { ["opgoerelse", "--data", "d", "--ud", "u", "--aar"], "Fejl: Tilvalget --aar mangler en værdi." },
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

    [Fact]
    public void Oversaet_UkendtBesked_VisesUaendret()
    {
        Parsefejl.Oversaet("Something else.").Should().Be("Something else.");
    }
}
