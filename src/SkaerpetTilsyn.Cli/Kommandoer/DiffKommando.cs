using System.CommandLine;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet diff</c>: the same opgørelse under two rule sets, side by side, from one reading of the data (SPEC §7).</summary>
internal static class DiffKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl, Action<string>? vedAabning)
    {
        var aar = Tilvalg.Aar("Datoåret for opgørelsen");
        var a = new Option<string>("--regler") { Description = $"Regelsæt A: et indbygget navn ({string.Join(", ", RegelsaetJson.Navne)}) eller en JSON-fil", Required = true };
        var b = new Option<string>("--mod") { Description = "Regelsæt B, som A sammenlignes med: et indbygget navn eller en JSON-fil", Required = true };

        var kommando = new Command("diff", "Den årlige opgørelse under to regelsæt side om side, med alle kommuner, hvis afgørelse skifter")
        {
            aar, a, b,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.SetAction(r =>
        {
            int y = r.GetValue(aar);
            var udgivelse = koersel.Udgivelse(r);
            var regelsaetA = RegelsaetJson.Hent(r.GetRequiredValue(a));
            var regelsaetB = RegelsaetJson.Hent(r.GetRequiredValue(b));
            // One pass over the data, two evaluations (SPEC §7 diff).
            var (resultat, rapport) = Skaerpet.Diff(new Diffvalg
            {
                Data = koersel.Data(r),
                Indlaesning = koersel.Indlaesning(r, new Indlaesningsvalg { VedAabning = vedAabning }),
                Aar = y,
                Regler = regelsaetA,
                Mod = regelsaetB,
                Ud = udgivelse,
            });
            Tilvalg.BemaerkRaekkefoelge(rapport, fejl);
            Opsummering.VisDiff(ud, resultat);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
