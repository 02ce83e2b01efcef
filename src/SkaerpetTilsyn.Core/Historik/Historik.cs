using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Historik;

/// <summary>One plan's path through the years: each year's opgørelse, the status chained from the year before (SPEC §10).</summary>
/// <param name="Plan">The plan the years were decided under.</param>
/// <param name="Aar">The opgørelse of each year, in year order.</param>
public sealed record Historik(Regelplan Plan, IReadOnlyList<Opgoerelsesresultat> Aar)
{
    /// <summary>The rows of <c>historik.csv</c>: one per reported kommune and year, sorted by kommune, then year.</summary>
    public IReadOnlyList<Historikraekke> Raekker =>
    [
        .. Aar.SelectMany(r => r.Afgoerelser.Select(a => new Historikraekke(r.Aar, r.Regler.Navn, a)))
            .OrderBy(x => x.Afgoerelse.Kommune)
            .ThenBy(x => x.Aar),
    ];
}
