namespace SkaerpetTilsyn.Cli.Tests;

public class ValiderKommandoTests
{
    [Fact]
    public void Valider_Demo_SkriverAfvisteOgKode0()
    {
        string ud = Repo.NyMappe();

        var k = Koersel.Start("valider", "--data", Repo.Demo, "--ud", ud);

        k.Kode.Should().Be(0, k.Fejl);
        File.ReadAllLines(Path.Combine(ud, "afviste.csv"))[0].Should().Be("fil,linje,aarsag,raekke");
        k.Ud.Should().Contain("51.301");
    }

    [Fact]
    public void Valider_UdmappeKanIkkeSkrives_DanskSaetningOgKode2()
    {
        string fil = Path.Combine(Repo.NyMappe(), "en-fil");
        File.WriteAllText(fil, "");
        string ud = Path.Combine(fil, "ud");

        var k = Koersel.Start("valider", "--data", Smaadata.Skriv(), "--ud", ud);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: afviste.csv kan ikke skrives til '{ud}' (en mappe i stien findes ikke eller er en fil).\n");
    }
}
