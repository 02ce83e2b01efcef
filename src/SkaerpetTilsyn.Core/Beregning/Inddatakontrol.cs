using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>The computation of <c>skaerpet valider</c>: none; the persons are read, checked and counted, and nothing is kept.</summary>
public sealed class Inddatakontrol : IPersonberegning<Beregningsgrundlag>
{
    public void Tag(Persondata person)
    {
    }

    /// <summary>What was read besides the persons, for a caller that wants to look at it.</summary>
    public Beregningsgrundlag Afslut(Beregningsgrundlag grundlag) => grundlag;
}
