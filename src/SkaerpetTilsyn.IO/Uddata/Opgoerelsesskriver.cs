using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes the output files of <c>opgoerelse</c> (SPEC §7) but <c>koersel.json</c>, each atomically.</summary>
internal static class Opgoerelsesskriver
{
    /// <summary>Writes the outputs into the existing folder <paramref name="udMappe"/>; the result tables in <paramref name="d"/>.</summary>
    /// <remarks><c>status.csv</c> is always in the input format, since it feeds next year's run.</remarks>
    public static void Skriv(string udMappe, Opgoerelsesresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        SkrivAlleTabeller(udMappe, resultat, inddata, d);
        Rapportskriver.Skriv(Path.Combine(udMappe, "rapport.html"), resultat);
    }

    /// <summary>Writes every table of the run: the year's four and <c>afviste.csv</c> (what <c>--format</c> renders and the library's DataFrames hold).</summary>
    public static void SkrivAlleTabeller(string udMappe, Opgoerelsesresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        ArgumentNullException.ThrowIfNull(inddata);
        SkrivTabeller(udMappe, resultat, d);
        AfvisteSkriver.Skriv(Path.Combine(udMappe, "afviste.csv"), inddata.Afviste, d);
    }

    /// <summary>Writes the year's four result tables, <c>fokusmaal_maaned.csv</c>, <c>afgoerelser.csv</c>, <c>status.csv</c> and <c>passivsager.csv</c>, into <paramref name="udMappe"/>.</summary>
    public static void SkrivTabeller(string udMappe, Opgoerelsesresultat resultat, CsvDialekt d)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(d);
        SkrivFokusmaal(Path.Combine(udMappe, "fokusmaal_maaned.csv"), resultat, d);
        SkrivAfgoerelser(Path.Combine(udMappe, "afgoerelser.csv"), resultat, d);
        StatusSkriver.Skriv(Path.Combine(udMappe, "status.csv"), resultat.Afgoerelser.Select(a => a.StatusEfter), d);
        SkrivPassivsager(Path.Combine(udMappe, "passivsager.csv"), resultat, d);
    }

    private static void SkrivFokusmaal(string sti, Opgoerelsesresultat r, CsvDialekt dialekt) => CsvUdskriver.SkrivFil(sti, dialekt, ud =>
    {
        ud.Raekke("kommune", "maaned", "ydelse", "maalgruppe", "uden_indsats", "faa_samtaler", "andel_uden_indsats", "andel_faa_samtaler");
        foreach (int k in r.Kommuner)
        {
            foreach (var maaned in r.Periode)
            {
                int indeks = r.Taellere.Indeks(maaned);
                SkrivCelle(ud, k, maaned, "alle", r.Taellere.HentAlle(k, indeks));
                foreach (var y in Koder.AlleYdelser)
                {
                    SkrivCelle(ud, k, maaned, Koder.Kode(y), r.Taellere.Hent(k, indeks, y));
                }
            }
        }
    });

    private static void SkrivCelle(CsvUdskriver ud, int kommune, NodaTime.YearMonth maaned, string ydelse, Core.Maaling.Taelling t)
    {
        ud.Raekke(
            Formater.Heltal(kommune),
            Formater.Maaned(maaned),
            ydelse,
            Formater.Heltal(t.Maalgruppe),
            Formater.Heltal(t.UdenIndsats),
            Formater.Heltal(t.FaaSamtaler),
            ud.Dialekt.Decimal(Formater.Procent(t.AndelUdenIndsats)),
            ud.Dialekt.Decimal(Formater.Procent(t.AndelFaaSamtaler)));
    }

    private static void SkrivAfgoerelser(string sti, Opgoerelsesresultat r, CsvDialekt dialekt) => CsvUdskriver.SkrivFil(sti, dialekt, ud =>
    {
        ud.Raekke(
            "kommune", "navn", "faktisk", "forventet", "resultatmaal_opfyldt", "fm1", "fm2", "fm1_opfyldt", "fm2_opfyldt",
            "status_foer", "afgoerelse", "status_efter", "hjemmel", "meddelelse", "redegoerelse_senest", "genopretning_slut",
            "minimumskrav_fra", "sagsgennemgang_senest");
        foreach (var a in r.Afgoerelser)
        {
            ud.Raekke(
                Formater.Heltal(a.Kommune),
                a.Navn,
                ud.Dialekt.Decimal(a.Benchmark.FaktiskTekst),
                ud.Dialekt.Decimal(a.Benchmark.ForventetTekst),
                Formater.JaNej(a.ResultatmaalOpfyldt),
                ud.Dialekt.Decimal(Formater.Procent(a.Fm1)),
                ud.Dialekt.Decimal(Formater.Procent(a.Fm2)),
                Formater.JaNej(a.Fm1Opfyldt),
                Formater.JaNej(a.Fm2Opfyldt),
                Koder.Kode(a.StatusFoer.Status),
                Koder.Kode(a.Type),
                Koder.Kode(a.StatusEfter.Status),
                a.Hjemmel,
                Formater.Dato(a.Meddelelse),
                Formater.Dato(a.RedegoerelseSenest),
                Formater.Dato(a.GenopretningSlut),
                Formater.Dato(a.MinimumskravFra),
                Formater.Dato(a.SagsgennemgangSenest));
        }
    });

    private static void SkrivPassivsager(string sti, Opgoerelsesresultat r, CsvDialekt dialekt) => CsvUdskriver.SkrivFil(sti, dialekt, ud =>
    {
        ud.Raekke("kommune", "person_id", "ydelse", "forloeb_start", "taellede_dage", "tilbud_i_vindue", "timer_i_vindue", "samtaler_i_vindue", "mangler");
        foreach (var p in r.Passivsager)
        {
            ud.Raekke(
                Formater.Heltal(p.Kommune),
                p.PersonId,
                Koder.Kode(p.Ydelse),
                Formater.Dato(p.ForloebStart),
                Formater.Heltal(p.TaelledeDage),
                Formater.Heltal(p.TilbudIVindue),
                ud.Dialekt.Decimal(Formater.Eksakt(p.TimerIVindue)),
                Formater.Heltal(p.SamtalerIVindue),
                Koder.Kode(p.Mangler));
        }
    });
}
