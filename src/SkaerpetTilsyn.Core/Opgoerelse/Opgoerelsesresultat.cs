using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>Everything an annual opgørelse produces, ready to be written.</summary>
public sealed record Opgoerelsesresultat(
    int Aar,
    Regelsaet Regler,
    IReadOnlyList<int> Kommuner,
    Maanedstaellere Taellere,
    IReadOnlyList<Afgoerelse> Afgoerelser,
    IReadOnlyList<Passivsag> Passivsager)
{
    /// <summary>The data year's months, January to December (§ 2 stk. 3).</summary>
    public Maaleperiode Periode => Maaleperiode.Aar(Aar);
}
