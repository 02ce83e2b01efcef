namespace SkaerpetTilsyn.IO.Generering;

/// <summary>The choices that fix a synthetic data set: same choices, same bytes.</summary>
public sealed record GeneratorValg
{
    /// <summary>Number of persons, at least 1.</summary>
    public int Personer { get; init; } = 10_000;

    /// <summary>Kommune codes to spread the persons over; empty means all 98 kommuner.</summary>
    public IReadOnlyList<int> Kommuner { get; init; } = [];

    /// <summary>First data year (data start on 1 January).</summary>
    public int FraAar { get; init; } = 2019;

    /// <summary>Last data year (data end on 31 December).</summary>
    public int TilAar { get; init; } = 2024;

    public ulong Seed { get; init; } = 1;

    /// <summary>Number of malformed rows to inject, spread over the files; at most eight per person.</summary>
    public int BadRows { get; init; }

    /// <summary>Person files (<c>ydelser</c>, <c>samtaler</c>, <c>tilbud</c>, <c>timer</c>, <c>fritagelser</c>) written in a seeded random order instead of sorted by person_id.</summary>
    public IReadOnlySet<string> Uorden { get; init; } = new HashSet<string>();

    /// <summary>The percentage (0–100; 0.1 is one row in a thousand) of each other person file's rows, chosen by the seed, moved to the end of the file.</summary>
    public decimal SeneRaekker { get; init; }

    /// <summary>Forces the effort level of chosen kommuner; the others draw theirs from the seed.</summary>
    public IReadOnlyDictionary<int, Indsatsniveau> Indsats { get; init; } = new Dictionary<int, Indsatsniveau>();

    /// <summary>The codes of the <paramref name="antal"/> most populous kommuner, largest first.</summary>
    public static IReadOnlyList<int> StoersteKommuner(int antal) =>
        [.. Kommunevaegte.Koder.OrderByDescending(Kommunevaegte.Vaegt).ThenBy(k => k).Take(antal)];
}
