using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tabeller;

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
            Arbejdslisteskriver.Skriv(mappe, resultat, rapport, ud.Dialekt());
            Koerselsskriver.SkrivArbejdsliste(Path.Combine(mappe, "koersel.json"), resultat, ud.Format, rapport, ud.Pseudonymer?.NoegleId);
        });
    }

    /// <summary>The run's tables as the text its CSV files hold, in the order written: <c>arbejdsliste</c>, <c>prognose</c> and <c>afviste</c> (SPEC §13.4).</summary>
    public static IReadOnlyList<Tabel> Tabeller(Arbejdslisteresultat resultat, Indlaesningsrapport rapport, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);
        var offentligt = pseudonymer is null ? resultat : pseudonymer.Anvend(resultat);
        var offentlig = pseudonymer is null ? rapport : Pseudonymiserer.Anvend(rapport);
        return CsvDialekt.Saml(d => Arbejdslisteskriver.SkrivAlleTabeller("", offentligt, offentlig, d));
    }
}
