using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Historik;

/// <summary>One kommune's decision in one year of a history: a row of <c>historik.csv</c> (SPEC §10).</summary>
/// <param name="Aar">The data year.</param>
/// <param name="Regelsaet">The <c>navn</c> of the year's rule set.</param>
/// <param name="Afgoerelse">The kommune's row of that year's <c>afgoerelser.csv</c>.</param>
public sealed record Historikraekke(int Aar, string Regelsaet, Afgoerelse Afgoerelse);
