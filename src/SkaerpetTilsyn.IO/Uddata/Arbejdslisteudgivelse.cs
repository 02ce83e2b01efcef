using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Publishes an arbejdsliste run's outputs (SPEC §12) as one set — <c>arbejdsliste.csv</c>, <c>prognose.csv</c>, <c>rapport.html</c>, <c>afviste.csv</c>, <c>koersel.json</c>.</summary>
public static class Arbejdslisteudgivelse
{
    /// <summary>Writes every output into a fresh folder and puts it in place of <see cref="Udgivelsesvalg.UdMappe"/>.</summary>
    /// <exception cref="InputFejlException">The folder holds another run's outputs or other files, or cannot be written.</exception>
    public static void Udgiv(Udgivelsesvalg ud, Arbejdslisteresultat resultat, Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(ud);
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);
        if (ud.Pseudonymer is { } p)
        {
            resultat = p.Anvend(resultat);
            rapport = Pseudonymiserer.Anvend(rapport);
        }

        Koerselsmappe.Udgiv(ud.UdMappe, ud.Overskriv, mappe =>
        {
            Arbejdslisteskriver.Skriv(mappe, resultat, rapport);
            Koerselsskriver.SkrivArbejdsliste(Path.Combine(mappe, "koersel.json"), resultat, rapport, ud.Pseudonymer?.NoegleId);
        });
    }
}
