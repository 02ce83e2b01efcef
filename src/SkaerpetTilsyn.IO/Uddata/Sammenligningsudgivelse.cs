using SkaerpetTilsyn.Core.Sammenligning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Publishes a rule comparison's outputs (SPEC §7 <c>diff</c>) as one set: <c>diff.csv</c>, <c>diff_maaned.csv</c>, <c>afviste.csv</c>, <c>koersel.json</c>.</summary>
public static class Sammenligningsudgivelse
{
    /// <summary>Writes every output into a fresh folder and puts it in place of <see cref="Udgivelsesvalg.UdMappe"/>.</summary>
    /// <exception cref="InputFejlException">The folder holds another run's outputs or other files, or cannot be written.</exception>
    public static void Udgiv(Udgivelsesvalg ud, Regelsammenligningsresultat resultat, Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(ud);
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);

        // diff's outputs hold no person_id but afviste.csv's rows.
        if (ud.Pseudonymer is not null)
        {
            rapport = Pseudonymiserer.Anvend(rapport);
        }

        Koerselsmappe.Udgiv(ud.UdMappe, ud.Overskriv, mappe =>
        {
            Sammenligningsskriver.SkrivAlleTabeller(mappe, resultat, rapport, ud.Dialekt());
            Koerselsskriver.SkrivDiff(
                Path.Combine(mappe, "koersel.json"), resultat.A.Aar, ud.Format, resultat.A.Regler, resultat.B.Regler, rapport, ud.Pseudonymer?.NoegleId);
        });
    }

    /// <summary>The run's tables as the text its CSV files hold, in the order written: <c>diff</c>, <c>diff_maaned</c> and <c>afviste</c> (SPEC §13.4).</summary>
    public static IReadOnlyList<Tabel> Tabeller(Regelsammenligningsresultat resultat, Indlaesningsrapport rapport, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);
        var offentlig = pseudonymer is null ? rapport : Pseudonymiserer.Anvend(rapport);
        return CsvDialekt.Saml(d => Sammenligningsskriver.SkrivAlleTabeller("", resultat, offentlig, d));
    }
}
