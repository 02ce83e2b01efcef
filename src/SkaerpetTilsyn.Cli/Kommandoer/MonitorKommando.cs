using System.CommandLine;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet monitor</c>: rolling 12-month fokusmål, risk flags and minimumskrav from January to a month (SPEC §7), made for a scheduler.</summary>
internal static class MonitorKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl, Action<string>? vedAabning)
    {
        var til = Tilvalg.Maaned("--til", "Den sidste måned, der overvåges (åååå-mm); der beregnes for hver måned fra januar samme år");
        var regler = Tilvalg.Regler();
        var json = new Option<bool>("--json") { Description = "Skriv opsummeringen som JSON i stedet for som tabeller" };
        var milepaele = new Option<string?>("--milepaele")
        {
            Description = "milepaele.csv med genopretningsplanernes milepæle (kommune,maaned,fm1_maal,fm2_maal); ellers DATA/milepaele.csv, hvis den findes",
        };

        var kommando = new Command("monitor", "Månedlig overvågning: rullende 12-måneders fokusmål, risiko for udvælgelse og minimumskrav for kommuner under administration")
        {
            til, regler, json, milepaele,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.SetAction(r =>
        {
            var sidste = r.GetValue(til);
            var udgivelse = koersel.Udgivelse(r);
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            var (resultat, rapport) = Skaerpet.Monitor(new Monitorvalg
            {
                Data = koersel.Data(r),
                Indlaesning = koersel.Indlaesning(r, new Indlaesningsvalg { VedAabning = vedAabning, MilepaeleFil = r.GetValue(milepaele) }),
                Til = sidste,
                Regler = regelsaet,
                Ud = udgivelse,
            });
            Tilvalg.BemaerkRaekkefoelge(rapport, fejl);
            if (r.GetValue(json))
            {
                ud.Write(Monitorudgivelse.JsonOpsummering(resultat));
            }
            else
            {
                Opsummering.VisMonitor(ud, resultat, rapport);
            }

            // Kommuner at risk are a result, not an error: a scheduler should not see a failed job.
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
