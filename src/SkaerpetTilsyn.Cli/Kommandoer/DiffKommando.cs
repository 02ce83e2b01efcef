using System.CommandLine;
using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Sammenligning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet diff</c>: the same opgørelse under two rule sets, side by side, from one reading of the data (SPEC §7).</summary>
internal static class DiffKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl, Action<string>? vedAabning)
    {
        var aar = new Option<int>("--aar") { Description = "Datoåret for opgørelsen", Required = true };
        var a = new Option<string>("--regler") { Description = "Regelsæt A: et indbygget navn (bek-301-2023, bek-2019) eller en JSON-fil", Required = true };
        var b = new Option<string>("--mod") { Description = "Regelsæt B, som A sammenlignes med: et indbygget navn eller en JSON-fil", Required = true };

        var kommando = new Command("diff", "Den årlige opgørelse under to regelsæt side om side, med alle kommuner, hvis afgørelse skifter")
        {
            aar, a, b,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.SetAction(r =>
        {
            int y = r.GetValue(aar);
            bool pseudonymiseret = koersel.Pseudonymer(r) is not null;
            var regelsaetA = RegelsaetJson.Hent(r.GetRequiredValue(a));
            var regelsaetB = RegelsaetJson.Hent(r.GetRequiredValue(b));
            var januar = new YearMonth(y, 1);
            var december = new YearMonth(y, 12);
            Maaler maalerA = null!;
            Maaler maalerB = null!;
            var inddata = koersel.Laes(r, fejl, new Indlaesningsvalg { KraevBenchmark = true, VedAabning = vedAabning }, () =>
            {
                // One pass over the data, two evaluations (SPEC §7 diff).
                maalerA = new Maaler(regelsaetA, januar, december, december);
                maalerB = new Maaler(regelsaetB, januar, december, december);
                return p =>
                {
                    maalerA.MaalPerson(p);
                    maalerB.MaalPerson(p);
                };
            });

            if (pseudonymiseret)
            {
                inddata = Pseudonymiserer.Anvend(inddata);
            }

            var resultat = Regelsammenligning.Beregn(
                maalerA, maalerB, y, inddata.Benchmark, inddata.Status, Frister.StandardMeddelelse(y));
            koersel.Udgiv(r, sti => Sammenligningsskriver.Skriv(sti, resultat, inddata));
            Opsummering.VisDiff(ud, resultat);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
