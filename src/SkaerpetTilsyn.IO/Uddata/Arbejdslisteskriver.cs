using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes the output files of <c>arbejdsliste</c> (SPEC §12) but <c>koersel.json</c>.</summary>
internal static class Arbejdslisteskriver
{
    /// <summary>Writes the outputs into the existing folder <paramref name="udMappe"/>, the tables as the files of <paramref name="d"/>.</summary>
    public static void Skriv(string udMappe, Arbejdslisteresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        SkrivAlleTabeller(udMappe, resultat, inddata, d);
        Rapportskriver.Skriv(Path.Combine(udMappe, "rapport.html"), resultat);
    }

    /// <summary>Writes every table of the run: <c>arbejdsliste.csv</c>, <c>prognose.csv</c> and <c>afviste.csv</c>.</summary>
    public static void SkrivAlleTabeller(string udMappe, Arbejdslisteresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(inddata);
        SkrivArbejdsliste(Path.Combine(udMappe, "arbejdsliste.csv"), resultat, d);
        SkrivPrognose(Path.Combine(udMappe, "prognose.csv"), resultat, d);
        AfvisteSkriver.Skriv(Path.Combine(udMappe, "afviste.csv"), inddata.Afviste, d);
    }

    private static void SkrivArbejdsliste(string sti, Arbejdslisteresultat resultat, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d, ud =>
    {
        ud.Raekke(
            "kommune", "person_id", "ydelse", "forloeb_start", "foerste_maaned_uden_indsats", "timer_mangler", "foerste_maaned_faa_samtaler", "samtaler_mangler");
        foreach (var r in resultat.Raekker)
        {
            ud.Raekke(
                Formater.Heltal(r.Kommune),
                r.PersonId,
                Koder.Kode(r.Ydelse),
                Formater.Dato(r.ForloebStart),
                r.FoersteMaanedUdenIndsats is { } u ? Formater.Maaned(u) : null,
                r.TimerMangler is { } t ? ud.Dialekt.Decimal(Formater.Eksakt(t)) : null,
                r.FoersteMaanedFaaSamtaler is { } f ? Formater.Maaned(f) : null,
                r.SamtalerMangler is { } s ? Formater.Heltal(s) : null);
        }
    });

    private static void SkrivPrognose(string sti, Arbejdslisteresultat resultat, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d, ud =>
    {
        ud.Raekke("kommune", "maaned", "maalgruppe", "uden_indsats", "faa_samtaler", "andel_uden_indsats", "andel_faa_samtaler");
        foreach (var p in resultat.Prognose)
        {
            var t = p.Taelling;
            ud.Raekke(
                Formater.Heltal(p.Kommune),
                Formater.Maaned(p.Maaned),
                Formater.Heltal(t.Maalgruppe),
                Formater.Heltal(t.UdenIndsats),
                Formater.Heltal(t.FaaSamtaler),
                ud.Dialekt.Decimal(Formater.Procent(t.AndelUdenIndsats)),
                ud.Dialekt.Decimal(Formater.Procent(t.AndelFaaSamtaler)));
        }
    });
}
