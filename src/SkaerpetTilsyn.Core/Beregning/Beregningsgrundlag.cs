using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>What a computation over persons is finished with: the per-kommune inputs, the period the persons' rows cover, and where its warnings go.</summary>
/// <param name="Benchmark">The effective benchmark rows (SPEC §8.6), sorted by year and kommune.</param>
/// <param name="Status">The status before, sorted by kommune; null when no status file was read (every kommune <c>ingen</c>).</param>
/// <param name="Periode">Where the persons' rows begin and end (SPEC §9.2).</param>
public sealed record Beregningsgrundlag(
    IReadOnlyList<Benchmarkraekke> Benchmark,
    IReadOnlyList<Kommunestatus>? Status,
    Dataperiode Periode)
{
    /// <summary>Whether data that end before the computation needs are a warning instead of an error (<c>--tillad-ufuldstaendige-data</c>, SPEC §9.2).</summary>
    public bool TilladUfuldstaendigeData { get; init; }

    /// <summary>The warnings the computation records as it finishes; the caller shows them with the reading's own.</summary>
    public Advarsler Advarsler { get; } = new();

    /// <summary>The genopretningsplaner's milestones (SPEC §11.5), sorted by kommune and month; empty when none were read.</summary>
    public IReadOnlyList<Milepael> Milepaele { get; init; } = [];
}
