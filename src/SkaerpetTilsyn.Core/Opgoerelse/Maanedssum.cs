using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>The months that count in a fokusmål figure, summed both ways the rule set can average them (SPEC §4 "Annual figure").</summary>
/// <param name="Andele">Σ of the monthly shares, in percent.</param>
/// <param name="Maaneder">The months that count.</param>
/// <param name="Antal">Σ of the persons failing the fokusmål.</param>
/// <param name="Maalgruppe">Σ of the målgruppe.</param>
internal readonly record struct Maanedssum(Brok Andele, int Maaneder, long Antal, long Maalgruppe)
{
    public static Maanedssum Ingen => new(Brok.Nul, 0, 0, 0);

    public Maanedssum Med(Brok andel, int antal, int maalgruppe) => new(Andele + andel, Maaneder + 1, Antal + antal, Maalgruppe + maalgruppe);

    /// <summary>The figure in percent; null when no month counts (a kommune without målgruppe has undefined figures).</summary>
    public Brok? Figur(Gennemsnit gennemsnit)
    {
        if (Maaneder == 0)
        {
            return null;
        }

        return gennemsnit switch
        {
            // The plain mean of the monthly shares.
            Gennemsnit.Maanedsandele => Andele / new Brok(Maaneder, 1),

            // Pooled: Σ count / Σ målgruppe.
            Gennemsnit.Samlet => new Brok(Antal * 100, Maalgruppe),
            _ => ThrowHelper.UnknownValue<Brok?>(gennemsnit),
        };
    }
}
