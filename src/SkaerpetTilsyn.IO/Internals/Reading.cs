using System.Globalization;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Internals;

/// <summary>What one reading of a data folder collects across its files: rejected rows, file counts and warnings.</summary>
internal sealed class Reading(Indlaesningsvalg valg)
{
    public List<Afvisning> Rejected { get; } = [];

    public List<Filstatistik> Files { get; } = [];

    public List<string> Warnings { get; } = [];

    public CsvSource Open(string path) => Open(path, Rejected);

    /// <summary>Opens a file whose rejected rows go to a list of its own (files read side by side).</summary>
    public CsvSource Open(string path, List<Afvisning> rejected)
    {
        valg.VedAabning?.Invoke(path);
        return CsvSource.Open(path, valg, rejected);
    }

    public void Finish(CsvSource source)
    {
        Filstatistik stats = source.Finish();
        Files.Add(stats);
        if (stats.Dubletter > 0)
        {
            Warnings.Add($"{stats.Navn}: {Count(stats.Dubletter, "dublet", "dubletter")} brugt én gang");
        }
    }

    /// <summary>A count with the singular or plural noun, such as <c>1 dublet</c> or <c>3 dubletter</c>.</summary>
    public static string Count(long n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
