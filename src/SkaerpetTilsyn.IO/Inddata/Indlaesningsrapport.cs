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

    /// <summary>How each person file that was read in one pass was ordered and what that cost (files in order ydelser, samtaler, tilbud, timer, fritagelser); empty when the files were read into memory whole.</summary>
    public IReadOnlyList<Filraekkefoelge> Raekkefoelger { get; init; } = [];

    /// <summary>The database the inputs came from (SPEC §13.2), or <see langword="null"/> for a data folder.</summary>
    public Postgres.Databaseoplysninger? Database { get; init; }
}
