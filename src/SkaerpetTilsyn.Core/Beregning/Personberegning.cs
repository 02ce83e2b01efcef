using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>Runs a <see cref="IPersonberegning{TResultat}"/> over persons already in memory (tests, scripts, notebooks).</summary>
public static class Personberegning
{
    /// <summary>Takes every person of <paramref name="personer"/> once, in order, then finishes with <paramref name="grundlag"/>.</summary>
    public static TResultat Beregn<TResultat>(this IPersonberegning<TResultat> beregning, IEnumerable<Persondata> personer, Beregningsgrundlag grundlag)
    {
        ArgumentNullException.ThrowIfNull(beregning);
        ArgumentNullException.ThrowIfNull(personer);
        foreach (var person in personer)
        {
            beregning.Tag(person);
        }

        return beregning.Afslut(grundlag);
    }
}
