using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Historik;

/// <summary>One kommune in one year under two plans: a row of <c>historik_diff.csv</c> (SPEC §10 <c>--mod</c>).</summary>
/// <param name="Kommune">The kommune code.</param>
/// <param name="Navn">The kommune's name.</param>
/// <param name="Aar">The data year.</param>
/// <param name="A">The decision under plan A; null when A did not report the kommune that year.</param>
/// <param name="B">The decision under plan B; null when B did not report it.</param>
public sealed record Historikdiffraekke(int Kommune, string Navn, int Aar, Afgoerelse? A, Afgoerelse? B)
{
    /// <summary>Whether the decision differs (also when only one side reported the kommune).</summary>
    public bool Aendret => A?.Type != B?.Type;
}
