using System.CommandLine;
using System.Globalization;
using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet monitor</c>: rolling 12-month fokusmål, risk flags and minimumskrav from January to a month (SPEC §7), made for a scheduler.</summary>
internal static class MonitorKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl, Action<string>? vedAabning)
    {
        var til = new Option<string>("--til") { Description = "Den sidste måned, der overvåges (åååå-mm); der beregnes for hver måned fra januar samme år", Required = true };
        var regler = Tilvalg.Regler();
        var json = new Option<bool>("--json") { Description = "Skriv opsummeringen som JSON i stedet for som tabeller" };

        var kommando = new Command("monitor", "Månedlig overvågning: rullende 12-måneders fokusmål, risiko for udvælgelse og minimumskrav for kommuner under administration")
        {
            til, regler, json,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.SetAction(r =>
        {
            var sidste = Tilvalg.Maaned(r.GetRequiredValue(til), "--til");
            bool pseudonymiseret = koersel.Pseudonymer(r) is not null;
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            Maaler maaler = null!;
            Dataslut slut = null!;
            var inddata = koersel.Laes(r, fejl, new Indlaesningsvalg { KraevBenchmark = true, VedAabning = vedAabning }, () =>
            {
                maaler = new Maaler(regelsaet, Monitoropgoerelse.FoersteMaaned(sidste), sidste, null);
                slut = new Dataslut();
                return p =>
                {
                    slut.Se(p);
                    maaler.MaalPerson(p);
                };
            });
            KraevDataTil(slut.Sidste, sidste);
            if (pseudonymiseret)
            {
                // monitor's outputs hold no person_id but afviste.csv's rows.
                inddata = Pseudonymiserer.Anvend(inddata);
            }

            var resultat = Monitoropgoerelse.Beregn(maaler.Taellere, regelsaet, sidste, inddata.Benchmark, inddata.Status);
            koersel.Udgiv(r, sti => Monitorskriver.Skriv(sti, resultat, inddata));
            if (r.GetValue(json))
            {
                ud.Write(Monitorskriver.JsonOpsummering(resultat));
            }
            else
            {
                Opsummering.VisMonitor(ud, resultat, inddata);
            }

            // Kommuner at risk are a result, not an error: a scheduler should not see a failed job.
            return Udgangskode.Succes;
        });
        return kommando;
    }

    /// <summary>Refuses a month the data do not reach, rather than silently measuring its last days as empty.</summary>
    private static void KraevDataTil(LocalDate? slut, YearMonth til)
    {
        var kraevet = til.OnDayOfMonth(til.Calendar.GetDaysInMonth(til.Year, til.Month));
        if (slut is null)
        {
            throw new BrugerFejlException(string.Create(
                CultureInfo.InvariantCulture,
                $"Inddata har ingen rækker med datoer; --til {Formater.Maaned(til)} kræver data til og med {Formater.Dato(kraevet)}."));
        }

        if (slut < kraevet)
        {
            throw new BrugerFejlException(string.Create(
                CultureInfo.InvariantCulture,
                $"Data slutter {Formater.Dato(slut)}; --til {Formater.Maaned(til)} kræver data til og med {Formater.Dato(kraevet)}."));
        }
    }
}
