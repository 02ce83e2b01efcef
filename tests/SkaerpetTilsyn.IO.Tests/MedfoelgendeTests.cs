namespace SkaerpetTilsyn.IO.Tests;

/// <summary>The files the program carries are the repository's files, byte for byte, found by their exact path.</summary>
public class MedfoelgendeTests
{
    public static TheoryData<string> Reglerfiler => [.. Repo.Reglerfiler()];

    [Fact]
    public void Stier_ReglerMappe_ErHverFilIRegler()
    {
        Medfoelgende.Stier.Where(s => s.StartsWith("regler/", StringComparison.Ordinal))
            .Should().Equal(Repo.Reglerfiler().Select(f => "regler/" + f));
    }

    [Theory]
    [MemberData(nameof(Reglerfiler))]
    public void Aabn_Reglerfil_SammeBytesSomIRepo(string fil)
    {
        using var stroem = Medfoelgende.Aabn("regler/" + fil);
        using var kopi = new MemoryStream();
        stroem.Should().NotBeNull();
        stroem!.CopyTo(kopi);

        kopi.ToArray().Should().Equal(File.ReadAllBytes(Path.Combine(Repo.Regler, fil)));
    }

    [Theory]
    [InlineData("regler/Corona-2020.json")]
    [InlineData("regler/corona-2020")]
    [InlineData("corona-2020.json")]
    [InlineData("regler\\corona-2020.json")]
    [InlineData("regler/../regler/corona-2020.json")]
    [InlineData("")]
    public void Aabn_IkkeNoejagtigSti_Null(string sti)
    {
        Medfoelgende.Aabn(sti).Should().BeNull();
    }
}
