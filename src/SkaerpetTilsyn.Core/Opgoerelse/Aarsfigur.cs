using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>Averages monthly counts into a fokusmål figure over a run of months (SPEC §4 "Annual figure"), and says whether it counts as met.</summary>
internal static class Aarsfigur
{
    /// <summary>The figure in percent over <paramref name="maaneder"/>, or null when undefined (no målgruppe in any month that counts).</summary>
    public static Brok? Beregn(Maanedstaellere taellere, int kommune, Ydelse? ydelse, Fokusmaal fokusmaal, Maaleperiode maaneder, Regelsaet regler) =>
        Summer(taellere, kommune, ydelse, fokusmaal, maaneder, regler).Figur(regler.Gennemsnit);

    /// <summary>The months of <paramref name="maaneder"/> that count in the figure, with their shares and counts summed.</summary>
    /// <remarks>A month outside <paramref name="taellere"/> counts as not measured.</remarks>
    public static Maanedssum Summer(Maanedstaellere taellere, int kommune, Ydelse? ydelse, Fokusmaal fokusmaal, Maaleperiode maaneder, Regelsaet regler)
    {
        var sum = Maanedssum.Ingen;
        foreach (var maaned in maaneder)
        {
            // SPEC §4, §8.13: months in udelukkede_maaneder and months with an empty målgruppe do not count, in either averaging.
            if (!taellere.Periode.Indeholder(maaned) || regler.ErUdelukket(maaned))
            {
                continue;
            }

            var t = taellere.Hent(kommune, taellere.Indeks(maaned), ydelse);
            if (t.Andel(fokusmaal) is { } andel)
            {
                sum = sum.Med(andel, t.Antal(fokusmaal), t.Maalgruppe);
            }
        }

        return sum;
    }

    /// <summary>SPEC §4, §8.8: whether a figure counts as met: inactive goals and undefined figures do; otherwise strictly below the threshold, compared exactly.</summary>
    public static bool Opfyldt(Brok? figur, Fokusmaal fokusmaal, Regelsaet regler) =>
        !regler.ErAktiv(fokusmaal) || figur is not { } v || v < Brok.Fra(regler.GraensePct(fokusmaal));
}
