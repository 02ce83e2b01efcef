namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>One cause of rejection in one file (<see cref="Afvisning.Art"/>): how many rows it rejected and the first line that has it.</summary>
public sealed record Afvisningsaarsag(string Art, long Antal, long FoersteLinje)
{
    /// <summary>The causes of <paramref name="fil"/>'s rejected rows, the most common first (ties: the one met first in the file).</summary>
    public static IReadOnlyList<Afvisningsaarsag> For(IReadOnlyList<Afvisning> afviste, string fil)
    {
        ArgumentNullException.ThrowIfNull(afviste);
        var aarsager = new Dictionary<string, (long Antal, long Foerste)>(StringComparer.Ordinal);
        foreach (var a in afviste)
        {
            if (a.Fil != fil)
            {
                continue;
            }

            string art = a.Art;
            aarsager[art] = aarsager.TryGetValue(art, out var t) ? (t.Antal + 1, Math.Min(t.Foerste, a.Linje)) : (1, a.Linje);
        }

        List<Afvisningsaarsag> ud = [.. aarsager.Select(p => new Afvisningsaarsag(p.Key, p.Value.Antal, p.Value.Foerste))];
        ud.Sort(static (x, y) => x.Antal != y.Antal ? y.Antal.CompareTo(x.Antal) : x.FoersteLinje.CompareTo(y.FoersteLinje));
        return ud;
    }
}
