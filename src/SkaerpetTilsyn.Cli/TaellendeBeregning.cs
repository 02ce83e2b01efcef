using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Cli;

/// <summary>Counts each person a computation takes on a <see cref="Fremdrift"/>, so the progress bar moves.</summary>
internal sealed class TaellendeBeregning<TResultat>(IPersonberegning<TResultat> indre, Fremdrift fremdrift) : IPersonberegning<TResultat>
{
    public void Tag(Persondata person)
    {
        indre.Tag(person);
        fremdrift.Tael();
    }

    public TResultat Afslut(Beregningsgrundlag grundlag) => indre.Afslut(grundlag);
}
