using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn;

/// <summary>What every command that reads a data folder takes: the folder, how it is read, and a hook for progress.</summary>
public abstract record Koerselsvalg
{
    /// <summary>The data folder (<c>--data</c>, SPEC §2).</summary>
    public required string Data { get; init; }

    /// <summary>
    /// How the folder is read: <c>--status</c> (<see cref="Indlaesningsvalg.StatusFil"/>), <c>--strict</c>, <c>--traade</c>, <c>--separator</c>,
    /// <c>--encoding</c>, <c>--tillad-cpr</c>, and for monitor <c>--milepaele</c> (<see cref="Indlaesningsvalg.MilepaeleFil"/>). Whether <c>benchmark.csv</c> is required and <c>milepaele.csv</c> read is the command's to say.
    /// </summary>
    public Indlaesningsvalg Indlaesning { get; init; } = new();

    /// <summary>Called once for each person read, on a reading thread, e.g. to move a progress bar; null for none.</summary>
    public Action? VedPerson { get; init; }
}
