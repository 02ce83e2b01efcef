using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Sammenligning;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes the output files of <c>diff</c> (SPEC §7) but <c>koersel.json</c>: <c>diff.csv</c>, <c>diff_maaned.csv</c> and <c>afviste.csv</c>.</summary>
internal static class Sammenligningsskriver
{
    /// <summary>Writes every table of the run into the existing folder <paramref name="udMappe"/>, as the files of <paramref name="d"/>; diff writes nothing else but <c>koersel.json</c>.</summary>
    public static void SkrivAlleTabeller(string udMappe, Regelsammenligningsresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(inddata);
        SkrivDiff(Path.Combine(udMappe, "diff.csv"), resultat, d);
        SkrivMaaneder(Path.Combine(udMappe, "diff_maaned.csv"), resultat, d);
        AfvisteSkriver.Skriv(Path.Combine(udMappe, "afviste.csv"), inddata.Afviste, d);
    }

    private static void SkrivDiff(string sti, Regelsammenligningsresultat resultat, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d, ud =>
    {
        ud.Raekke("kommune", "navn", "fm1_a", "fm1_b", "fm2_a", "fm2_b", "afgoerelse_a", "afgoerelse_b", "aendret");
        foreach (var r in resultat.Raekker)
        {
            ud.Raekke(
                Formater.Heltal(r.Kommune),
                r.Navn,
                Formater.Procent(r.A?.Fm1),
                Formater.Procent(r.B?.Fm1),
                Formater.Procent(r.A?.Fm2),
                Formater.Procent(r.B?.Fm2),
                r.A is { } a ? Koder.Kode(a.Type) : null,
                r.B is { } b ? Koder.Kode(b.Type) : null,
                Formater.JaNej(r.Aendret));
        }
    });

    private static void SkrivMaaneder(string sti, Regelsammenligningsresultat resultat, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d, ud =>
    {
        ud.Raekke("kommune", "maaned", "uden_indsats_a", "uden_indsats_b", "faa_samtaler_a", "faa_samtaler_b", "maalgruppe_a", "maalgruppe_b");
        var ta = resultat.A.Taellere;
        var tb = resultat.B.Taellere;
        foreach (var r in resultat.Raekker)
        {
            foreach (var maaned in resultat.A.Periode)
            {
                var a = ta.HentAlle(r.Kommune, ta.Indeks(maaned));
                var b = tb.HentAlle(r.Kommune, tb.Indeks(maaned));
                ud.Raekke(
                    Formater.Heltal(r.Kommune),
                    Formater.Maaned(maaned),
                    Formater.Heltal(a.UdenIndsats),
                    Formater.Heltal(b.UdenIndsats),
                    Formater.Heltal(a.FaaSamtaler),
                    Formater.Heltal(b.FaaSamtaler),
                    Formater.Heltal(a.Maalgruppe),
                    Formater.Heltal(b.Maalgruppe));
            }
        }
    });
}
