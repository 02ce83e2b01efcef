using System.Globalization;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes the output files of <c>historik</c> (SPEC §10) but <c>koersel.json</c>: a folder per year, <c>historik.csv</c>, <c>afviste.csv</c> and <c>rapport.html</c>; with <c>--mod</c> each plan under <c>a/</c> and <c>b/</c> and <c>historik_diff.csv</c>.</summary>
internal static class Historikskriver
{
    /// <summary>The names of the subfolders a history writes: one per data year, and <c>a</c> and <c>b</c> with <c>--mod</c>.</summary>
    public static bool ErUndermappe(string navn) =>
        navn is "a" or "b" || (navn.Length == 4 && int.TryParse(navn, NumberStyles.None, CultureInfo.InvariantCulture, out int aar) && aar is >= 2000 and <= 2099);

    /// <summary>Writes the outputs into the existing folder <paramref name="udMappe"/>; the result tables in <paramref name="d"/>, <c>status.csv</c> in the input format.</summary>
    public static void Skriv(string udMappe, Historikresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(inddata);
        if (resultat.B is { } b)
        {
            SkrivSide(Path.Combine(udMappe, "a"), resultat.A, d);
            SkrivSide(Path.Combine(udMappe, "b"), b, d);
            SkrivDiff(Path.Combine(udMappe, "historik_diff.csv"), resultat, d);
        }
        else
        {
            SkrivSide(udMappe, resultat.A, d);
        }

        AfvisteSkriver.Skriv(Path.Combine(udMappe, "afviste.csv"), inddata.Afviste, d);
        Rapportskriver.Skriv(Path.Combine(udMappe, "rapport.html"), resultat);
    }

    private static void SkrivSide(string mappe, Historik historik, CsvDialekt d)
    {
        foreach (var aar in historik.Aar)
        {
            string aarsmappe = Path.Combine(mappe, aar.Aar.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(aarsmappe);
            Opgoerelsesskriver.SkrivTabeller(aarsmappe, aar, d);
        }

        SkrivHistorik(Path.Combine(mappe, "historik.csv"), historik, d);
    }

    private static void SkrivHistorik(string sti, Historik historik, CsvDialekt dialekt) => CsvUdskriver.SkrivFil(sti, dialekt, ud =>
    {
        ud.Raekke("aar", "kommune", "navn", "regelsaet", "status_foer", "afgoerelse", "status_efter", "fm1", "fm2", "resultatmaal_opfyldt");
        foreach (var r in historik.Raekker)
        {
            var a = r.Afgoerelse;
            ud.Raekke(
                Formater.Heltal(r.Aar),
                Formater.Heltal(a.Kommune),
                a.Navn,
                r.Regelsaet,
                Koder.Kode(a.StatusFoer.Status),
                Koder.Kode(a.Type),
                Koder.Kode(a.StatusEfter.Status),
                ud.Dialekt.Decimal(Formater.Procent(a.Fm1)),
                ud.Dialekt.Decimal(Formater.Procent(a.Fm2)),
                Formater.JaNej(a.ResultatmaalOpfyldt));
        }
    });

    private static void SkrivDiff(string sti, Historikresultat resultat, CsvDialekt dialekt) => CsvUdskriver.SkrivFil(sti, dialekt, ud =>
    {
        ud.Raekke("kommune", "navn", "aar", "afgoerelse_a", "afgoerelse_b", "status_efter_a", "status_efter_b", "aendret");
        foreach (var r in resultat.Diff)
        {
            ud.Raekke(
                Formater.Heltal(r.Kommune),
                r.Navn,
                Formater.Heltal(r.Aar),
                r.A is { } a ? Koder.Kode(a.Type) : null,
                r.B is { } b ? Koder.Kode(b.Type) : null,
                r.A is { } x ? Koder.Kode(x.StatusEfter.Status) : null,
                r.B is { } y ? Koder.Kode(y.StatusEfter.Status) : null,
                Formater.JaNej(r.Aendret));
        }
    });
}
