using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>What one reading of the input found: every file's counts, the rejected rows, the warnings and the period the data cover.</summary>
public sealed record Indlaesningsrapport
{
    /// <summary>The rejected rows by file (ydelser, samtaler, tilbud, timer, fritagelser, benchmark, status), then by line.</summary>
    public required IReadOnlyList<Afvisning> Afviste { get; init; }

    /// <summary>The files read, in the same order.</summary>
    public required IReadOnlyList<Filstatistik> Filer { get; init; }

    /// <summary>Warnings for the user, such as duplicates that were used once.</summary>
    public required IReadOnlyList<string> Advarsler { get; init; }

    /// <summary>Where the persons' rows begin and end (SPEC §9.2).</summary>
    public required Dataperiode Periode { get; init; }

    /// <summary>The person file that was found not to be sorted by person_id, so every row was grouped in memory; null when all were sorted or read in memory anyway.</summary>
    public string? UsorteretFil { get; init; }
}
