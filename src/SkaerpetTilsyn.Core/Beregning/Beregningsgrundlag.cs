using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>What a computation over persons is finished with: the per-kommune inputs and the period the persons' rows cover.</summary>
/// <param name="Benchmark">The effective benchmark rows (SPEC §8.6), sorted by year and kommune.</param>
/// <param name="Status">The status before, sorted by kommune; null when no status file was read (every kommune <c>ingen</c>).</param>
/// <param name="Periode">Where the persons' rows begin and end (SPEC §9.2).</param>
public sealed record Beregningsgrundlag(
    IReadOnlyList<Benchmarkraekke> Benchmark,
    IReadOnlyList<Kommunestatus>? Status,
    Dataperiode Periode)
{
    /// <summary>The genopretningsplaner's milestones (SPEC §11.5), sorted by kommune and month; empty when none were read.</summary>
    public IReadOnlyList<Milepael> Milepaele { get; init; } = [];
}
