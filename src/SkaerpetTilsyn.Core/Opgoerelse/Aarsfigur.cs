using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>Averages monthly counts into a fokusmål figure over a run of months (SPEC §4 "Annual figure").</summary>
public static class Aarsfigur
{
    /// <summary>The figure in percent over the <paramref name="antal"/> months from <paramref name="fra"/>, or null when undefined (no målgruppe in any month that counts).</summary>
    public static Brok? Beregn(Maanedstaellere taellere, int kommune, Ydelse? ydelse, Fokusmaal fokusmaal, YearMonth fra, int antal, Regelsaet regler)
    {
        var sum = Brok.Nul;
        long maaneder = 0;
        long antalIAlt = 0;
        long maalgruppeIAlt = 0;
        for (int i = 0; i < antal; i++)
        {
            var maaned = fra.PlusMonths(i);
            int indeks = taellere.Indeks(maaned);
            if (indeks < 0 || indeks >= taellere.AntalMaaneder || regler.ErUdelukket(maaned))
            {
                continue;
            }

            var t = taellere.Hent(kommune, indeks, ydelse);
            if (t.Maalgruppe == 0)
            {
                continue;
            }

            int tal = t.Antal(fokusmaal);
            sum += new Brok(tal, t.Maalgruppe);
            maaneder++;
            antalIAlt += tal;
            maalgruppeIAlt += t.Maalgruppe;
        }

        if (maaneder == 0)
        {
            return null;
        }

        var hundrede = new Brok(100, 1);
        return regler.Gennemsnit == Gennemsnit.Samlet
            ? new Brok(antalIAlt * 100, maalgruppeIAlt)
            : sum * hundrede / new Brok(maaneder, 1);
    }

    /// <summary>Whether a figure counts as met: inactive goals and undefined figures do; otherwise strictly below the threshold.</summary>
    public static bool Opfyldt(Brok? figur, Fokusmaal fokusmaal, Regelsaet regler) =>
        !regler.ErAktiv(fokusmaal) || figur is not { } v || v < Brok.Fra(regler.GraensePct(fokusmaal));
}
