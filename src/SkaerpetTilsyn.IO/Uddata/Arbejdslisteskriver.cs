using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes the output files of <c>arbejdsliste</c> (SPEC §12) but <c>koersel.json</c>.</summary>
internal static class Arbejdslisteskriver
{
    /// <summary>Writes the outputs into the existing folder <paramref name="udMappe"/>.</summary>
    public static void Skriv(string udMappe, Arbejdslisteresultat resultat, Indlaesningsrapport inddata)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(inddata);
        SkrivArbejdsliste(Path.Combine(udMappe, "arbejdsliste.csv"), resultat);
        SkrivPrognose(Path.Combine(udMappe, "prognose.csv"), resultat);
        Rapportskriver.Skriv(Path.Combine(udMappe, "rapport.html"), resultat);
        AfvisteSkriver.Skriv(Path.Combine(udMappe, "afviste.csv"), inddata.Afviste);
    }

    private static void SkrivArbejdsliste(string sti, Arbejdslisteresultat resultat) => CsvUdskriver.SkrivFil(sti, ud =>
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

    private static void SkrivPrognose(string sti, Arbejdslisteresultat resultat) => CsvUdskriver.SkrivFil(sti, ud =>
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
