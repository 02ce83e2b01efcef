using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn;

/// <summary>Tells <paramref name="vedPerson"/> of each person a computation takes (<see cref="Koerselsvalg.VedPerson"/>).</summary>
internal sealed class Personteller<TResultat>(IPersonberegning<TResultat> indre, Action vedPerson) : IPersonberegning<TResultat>
{
    public void Tag(Persondata person)
    {
        indre.Tag(person);
        vedPerson();
    }

    public TResultat Afslut(Beregningsgrundlag grundlag) => indre.Afslut(grundlag);
}
