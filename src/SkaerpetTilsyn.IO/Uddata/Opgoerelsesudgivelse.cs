using NodaTime;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Dokumenter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Publishes an annual opgørelse's outputs (SPEC §7) as one set: the four result tables, <c>afviste.csv</c>, <c>rapport.html</c>, <c>koersel.json</c> and, when asked, the documents of SPEC §11.</summary>
public static class Opgoerelsesudgivelse
{
    /// <summary>
    /// Writes every output into a fresh folder and puts it in place of <see cref="Udgivelsesvalg.UdMappe"/>; <paramref name="meddelelse"/> is the date
    /// the result's deadlines were computed from, and <paramref name="excel"/> writes the result tables for Danish Excel (semicolon, decimal comma, BOM)
    /// while <c>status.csv</c> keeps the input format; <paramref name="dokumenter"/> (<c>--dokumenter</c>) adds <c>meddelelser/</c> and <c>sagsgennemgang/</c>.
    /// All three are recorded in <c>koersel.json</c>.
    /// </summary>
    /// <exception cref="InputFejlException">The folder holds another run's outputs or other files, or cannot be written; or the template cannot be used.</exception>
    public static void Udgiv(Udgivelsesvalg ud, Opgoerelsesresultat resultat, Indlaesningsrapport rapport, LocalDate meddelelse, bool excel, Dokumentvalg? dokumenter = null)
    {
        ArgumentNullException.ThrowIfNull(ud);
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);

        // The sample is drawn on the raw person_ids (SPEC §11.2), so the documents get the result before pseudonymisation.
        var raa = resultat;
        dokumenter = dokumenter is not null && ud.Pseudonymer is { } noegle ? dokumenter with { Pseudonym = noegle.Pseudonym } : dokumenter;
        if (ud.Pseudonymer is { } p)
        {
            resultat = p.Anvend(resultat);
            rapport = Pseudonymiserer.Anvend(rapport);
        }

        Koerselsmappe.Udgiv(ud.UdMappe, ud.Overskriv, mappe =>
        {
            Opgoerelsesskriver.Skriv(mappe, resultat, rapport, ud.Dialekt(excel));
            if (dokumenter is not null)
            {
                Dokumentskriver.Skriv(mappe, raa, dokumenter);
            }

            Koerselsskriver.SkrivOpgoerelse(
                Path.Combine(mappe, "koersel.json"), resultat.Aar, meddelelse, excel, ud.Format, dokumenter, resultat.Regler, rapport, ud.Pseudonymer?.NoegleId);
        });
    }

    /// <summary>
    /// The run's tables as the text the standard dialect's CSV files hold, in the order they are written: <c>fokusmaal_maaned</c>, <c>afgoerelser</c>,
    /// <c>status</c>, <c>passivsager</c> and <c>afviste</c> (SPEC §13.4); with <paramref name="pseudonymer"/> as <see cref="Udgiv"/> publishes them.
    /// </summary>
    public static IReadOnlyList<Tabel> Tabeller(Opgoerelsesresultat resultat, Indlaesningsrapport rapport, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);
        if (pseudonymer is not null)
        {
            resultat = pseudonymer.Anvend(resultat);
            rapport = Pseudonymiserer.Anvend(rapport);
        }

        return CsvDialekt.Saml(d => Opgoerelsesskriver.SkrivAlleTabeller("", resultat, rapport, d));
    }
}
