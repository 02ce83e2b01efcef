using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Publishes a history's outputs (SPEC §10) as one set: a folder per year (per plan with <c>--mod</c>), <c>historik.csv</c>, <c>afviste.csv</c>, <c>rapport.html</c> and <c>koersel.json</c>.</summary>
public static class Historikudgivelse
{
    /// <summary>
    /// Writes every output into a fresh folder and puts it in place of <see cref="Udgivelsesvalg.UdMappe"/>; <paramref name="excel"/> writes
    /// the result tables for Danish Excel while every <c>status.csv</c> keeps the input format; <see cref="Udgivelsesvalg.Format"/> chooses CSV, Parquet or both. Both plans and the options are recorded in <c>koersel.json</c>.
    /// </summary>
    /// <exception cref="InputFejlException">The folder holds another run's outputs or other files, or cannot be written.</exception>
    public static void Udgiv(Udgivelsesvalg ud, Historikresultat resultat, Indlaesningsrapport rapport, bool excel)
    {
        ArgumentNullException.ThrowIfNull(ud);
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(rapport);
        if (ud.Pseudonymer is { } p)
        {
            resultat = resultat with { A = Anvend(p, resultat.A), B = resultat.B is { } b ? Anvend(p, b) : null };
            rapport = Pseudonymiserer.Anvend(rapport);
        }

        Koerselsmappe.Udgiv(ud.UdMappe, ud.Overskriv, mappe =>
        {
            Historikskriver.Skriv(mappe, resultat, rapport, ud.Dialekt(excel));
            Koerselsskriver.SkrivHistorik(Path.Combine(mappe, "koersel.json"), resultat, excel, ud.Format, rapport, ud.Pseudonymer?.NoegleId);
        }, Historikskriver.ErUndermappe);
    }

    private static Historik Anvend(Pseudonymiserer p, Historik historik) => historik with { Aar = [.. historik.Aar.Select(p.Anvend)] };
}
