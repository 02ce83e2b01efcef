using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Sammenligning;

/// <summary>One kommune's decision under rule set A and rule set B (one row of <c>diff.csv</c>); a side is null when that run did not report the kommune.</summary>
public sealed record Regelsammenligningsraekke(int Kommune, string Navn, Afgoerelse? A, Afgoerelse? B)
{
    /// <summary>Whether the decision differs between the two rule sets.</summary>
    public bool Aendret => A?.Type != B?.Type;
}
