using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>Everything read from a data folder: the valid rows per person, the benchmark, the status, and what was rejected.</summary>
public sealed class Inddata
{
    /// <summary>The persons sorted by person id (ordinal), each with its rows in file order after de-duplication.</summary>
    public required IReadOnlyList<Persondata> Personer { get; init; }

    /// <summary>The effective benchmark rows (a later row for the same year and kommune overrides an earlier one), sorted by year and kommune.</summary>
    public required IReadOnlyList<Benchmarkraekke> Benchmark { get; init; }

    /// <summary>The status rows sorted by kommune, or <see langword="null"/> when no status file was read.</summary>
    public required IReadOnlyList<Kommunestatus>? Status { get; init; }

    /// <summary>The rejected rows by file (ydelser, samtaler, tilbud, timer, fritagelser, benchmark, status), then by line.</summary>
    public required IReadOnlyList<Afvisning> Afviste { get; init; }

    /// <summary>The files read, in the same order.</summary>
    public required IReadOnlyList<Filstatistik> Filer { get; init; }

    /// <summary>The person file that was found not to be sorted by person_id, so every row was grouped in memory; null when all were sorted or read in memory anyway.</summary>
    public string? UsorteretFil { get; init; }

    /// <summary>Warnings for the user, such as duplicates that were used once.</summary>
    public required IReadOnlyList<string> Advarsler { get; init; }

    /// <summary>Whether the outputs replace person_id by a keyed pseudonym (<c>--pseudonymiser</c>), recorded in <c>koersel.json</c>.</summary>
    public bool Pseudonymiseret { get; init; }
}
