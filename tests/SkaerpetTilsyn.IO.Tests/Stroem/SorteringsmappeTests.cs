using System.Diagnostics;
using System.Globalization;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Generering;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Stroem;

/// <summary>The spilled sort runs of a file in no order live beside the output folder only while the reading runs.</summary>
public sealed class SorteringsmappeTests : IDisposable
{
    private readonly Datamappe _data = new();
    private readonly string _rod = Path.Combine(Path.GetTempPath(), "skaerpet-spild-" + Guid.NewGuid().ToString("N"));

    public SorteringsmappeTests()
    {
        new Datagenerator(new GeneratorValg { Personer = 3000, Kommuner = [101, 147], FraAar = 2022, TilAar = 2023, Seed = 9, Uorden = new HashSet<string> { "tilbud", "samtaler" } })
            .Generer(_data.Sti);
        Directory.CreateDirectory(_rod);
    }

    private string Ud => Path.Combine(_rod, "ud");

    public void Dispose()
    {
        _data.Dispose();
        Directory.Delete(_rod, recursive: true);
    }

    [Fact]
    public void Laes_SpildteKoersler_FjernesBagefter()
    {
        var rapport = Laes().Rapport;

        rapport.Raekkefoelger.Should().Contain(f => f.Koersler > 1, "a budget of 1 MB sorts a grouped file in runs on disk");
        Directory.EnumerateFileSystemEntries(_rod).Should().BeEmpty("the sort folder beside --ud is removed when the reading ends");
    }

    [Fact]
    public void Laes_EfterEnDraebtKoersel_FjernesDenDoedesMappeMenIkkeEnLevendes()
    {
        // A process killed with SIGKILL cannot remove its folder; the next run that spills removes it, and leaves a live run's alone.
        using var doed = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        doed.WaitForExit();
        string doedMappe = Path.Combine(_rod, string.Create(CultureInfo.InvariantCulture, $".ud.skaerpet-sortering-{doed.Id}-{Guid.NewGuid():N}"));
        string levendeMappe = Path.Combine(_rod, string.Create(CultureInfo.InvariantCulture, $".ud.skaerpet-sortering-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        string fremmed = Path.Combine(_rod, ".ud.skaerpet-sortering-ikke-et-tal");
        foreach (string mappe in (string[])[doedMappe, levendeMappe, fremmed])
        {
            Directory.CreateDirectory(mappe);
            File.WriteAllText(Path.Combine(mappe, "1.koersel"), "rest");
        }

        Laes();

        Directory.Exists(doedMappe).Should().BeFalse("its process no longer lives");
        Directory.Exists(levendeMappe).Should().BeTrue("its process still runs");
        Directory.Exists(fremmed).Should().BeTrue("only folders named by this program with a process id are removed");
    }

    private Laesning<List<string>> Laes() =>
        Indlaeser.Laes(_data.Sti, new Indlaesningsvalg { Traade = 2, Hukommelse = 1L << 20, MidlertidigeFilerVed = Ud }, () => new Ider());

    private sealed class Ider : IPersonberegning<List<string>>
    {
        private readonly List<string> _ider = [];

        public void Tag(Persondata person) => _ider.Add(person.PersonId);

        public List<string> Afslut(Beregningsgrundlag grundlag) => _ider;
    }
}
