using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Sammenligning;

/// <summary>The same opgørelse under two rule sets: both full results and a row per kommune in either, sorted by kommune.</summary>
public sealed record Regelsammenligningsresultat(
    Opgoerelsesresultat A,
    Opgoerelsesresultat B,
    IReadOnlyList<Regelsammenligningsraekke> Raekker);
