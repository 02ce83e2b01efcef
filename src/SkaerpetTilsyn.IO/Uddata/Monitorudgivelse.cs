using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Publishes a monitoring run's outputs (SPEC §7) as one set — <c>monitor.csv</c>, <c>plan.csv</c>, <c>rapport.html</c>, <c>afviste.csv</c>, <c>koersel.json</c> — and gives its summary for a scheduler.</summary>
public static class Monitorudgivelse
{
    /// <summary>Writes every output into a fresh folder and puts it in place of <see cref="Udgivelsesvalg.UdMappe"/>.</summary>
    /// <exception cref="InputFejlException">The folder holds another run's outputs or other files, or cannot be written.</exception>
    public static void Udgiv(Udgivelsesvalg ud, Monitorresultat resultat, Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(ud);
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);

        // monitor's outputs hold no person_id but afviste.csv's rows.
        if (ud.Pseudonymer is not null)
        {
            rapport = Pseudonymiserer.Anvend(rapport);
        }

        Koerselsmappe.Udgiv(ud.UdMappe, ud.Overskriv, mappe =>
        {
            Monitorskriver.Skriv(mappe, resultat, rapport, ud.Dialekt());
            Koerselsskriver.SkrivMonitor(Path.Combine(mappe, "koersel.json"), resultat.Til, ud.Format, resultat.Regler, rapport, ud.Pseudonymer?.NoegleId);
        });
    }

    /// <summary>The run's tables as the text its CSV files hold, in the order written: <c>monitor</c>, <c>plan</c> and <c>afviste</c> (SPEC §13.4).</summary>
    public static IReadOnlyList<Tabel> Tabeller(Monitorresultat resultat, Indlaesningsrapport rapport, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);
        var offentlig = pseudonymer is null ? rapport : Pseudonymiserer.Anvend(rapport);
        return CsvDialekt.Saml(d => Monitorskriver.SkrivAlleTabeller("", resultat, offentlig, d));
    }

    /// <summary>The last month as JSON: the kommuner at risk, those under administration failing the minimumskrav and those behind their latest milestone (<c>monitor --json</c>).</summary>
    public static string JsonOpsummering(Monitorresultat resultat) => Monitorskriver.JsonOpsummering(resultat);
}
