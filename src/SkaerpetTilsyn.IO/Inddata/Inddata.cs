using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>Everything read from a data folder into memory: the valid rows per person, the benchmark, the status, and what reading found.</summary>
public sealed class Inddata
{
    /// <summary>The persons sorted by person id (ordinal), each with its rows in file order after de-duplication.</summary>
    public required IReadOnlyList<Persondata> Personer { get; init; }

    /// <summary>The effective benchmark rows (a later row for the same year and kommune overrides an earlier one), sorted by year and kommune.</summary>
    public required IReadOnlyList<Benchmarkraekke> Benchmark { get; init; }

    /// <summary>The status rows sorted by kommune, or <see langword="null"/> when no status file was read.</summary>
    public required IReadOnlyList<Kommunestatus>? Status { get; init; }

    /// <summary>The milestones of <c>milepaele.csv</c> sorted by kommune and month; empty when none was read (SPEC §11.5).</summary>
    public IReadOnlyList<Milepael> Milepaele { get; init; } = [];

    public required Indlaesningsrapport Rapport { get; init; }
}
