using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Postgres;

namespace SkaerpetTilsyn;

/// <summary>What every command that reads input takes: the data folder or the database, how it is read, and a hook for progress.</summary>
/// <remarks>Exactly one of <see cref="Data"/> and <see cref="Kilde"/> is set; both or neither is an <see cref="IO.InputFejlException"/>.</remarks>
public abstract record Koerselsvalg
{
    /// <summary>The data folder (<c>--data</c>, SPEC §2); null when <see cref="Kilde"/> is the input.</summary>
    public string? Data { get; init; }

    /// <summary>The PostgreSQL database read instead of a folder (<c>--kilde</c>, <c>--skema</c>, SPEC §13.2), made by <see cref="Databasekilde.Fortolk"/>.</summary>
    public Databasekilde? Kilde { get; init; }

    /// <summary>
    /// How the folder is read: <c>--status</c> (<see cref="Indlaesningsvalg.StatusFil"/>), <c>--strict</c>, <c>--traade</c>, <c>--separator</c>,
    /// <c>--encoding</c>, <c>--tillad-cpr</c>, and for monitor <c>--milepaele</c> (<see cref="Indlaesningsvalg.MilepaeleFil"/>). Whether <c>benchmark.csv</c> is required and <c>milepaele.csv</c> read is the command's to say.
    /// </summary>
    public Indlaesningsvalg Indlaesning { get; init; } = new();

    /// <summary>Called once for each person read, on a reading thread, e.g. to move a progress bar; null for none.</summary>
    public Action? VedPerson { get; init; }
}
