using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Every column of every CSV that any command writes has a type in <see cref="Kolonnetyper"/> (SPEC §13.3), so a new column cannot reach Parquet untyped.</summary>
public class KolonnetyperDemoTests
{
    [Fact]
    public void Demokoersler_DaekkerHverKommando()
    {
        var kommandoer = Kommandolinje.Byg(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name);

        kommandoer.Should().BeEquivalentTo(
            Demokoersler.Alle.Keys.Concat(Demokoersler.UdenTabeller),
            "a command that writes tables needs a run in Demokoersler.Alle, so its columns are checked; one that writes none goes in UdenTabeller");
    }

    [Theory]
    [MemberData(nameof(Demokoersler.Navne), MemberType = typeof(Demokoersler))]
    public void Kommando_Demo_HverKolonneHarEnType(string kommando)
    {
        string ud = Demokoersler.Koer(kommando);
        string[] filer = Demokoersler.Filer(ud, ".csv");

        var utypede = filer.SelectMany(f => Csvfil.Laes(Path.Combine(ud, f)).Kolonner.Where(k => !Kolonnetyper.Find(k, out _)).Select(k => $"{f}: {k}"));

        filer.Should().NotBeEmpty();
        utypede.Should().BeEmpty("every column needs its type in Kolonnetyper (src/SkaerpetTilsyn.IO/Tabeller/Kolonnetyper.cs; README: a new column's type)");
    }
}
