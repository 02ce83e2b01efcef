using System.CommandLine;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet opgoerelse</c>: the annual opgørelse for a data year (SPEC §5, §7).</summary>
internal static class OpgoerelseKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl)
    {
        var aar = new Option<int>("--aar") { Description = "Datoåret for opgørelsen (fx 2023 for opgørelsen i april 2024)", Required = true };
        var regler = Tilvalg.Regler();
        var meddelelse = new Option<string?>("--meddelelse") { Description = "Datoen for meddelelsen til kommunerne (standard: 30. april året efter)" };
        var excel = new Option<bool>("--excel")
        {
            Description = "Skriv resultattabellerne til dansk Excel: semikolon, decimalkomma, UTF-8 med BOM (status.csv forbliver i inddataformatet)",
        };

        var kommando = new Command("opgoerelse", "Den årlige opgørelse: fokusmål pr. måned og kommune, afgørelser med frister og passivsager")
        {
            aar, regler, meddelelse, excel,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.SetAction(r =>
        {
            int y = r.GetValue(aar);
            var pseudonymer = koersel.Pseudonymer(r);
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            var n = Tilvalg.Dato(r.GetValue(meddelelse), "--meddelelse") ?? Frister.StandardMeddelelse(y);
            var laesning = Fremdrift.Koer(Fremdrift.Terminal(fejl), Fremdrift.StandardForsinkelse, f =>
            {
                f.Fase("Læser og måler personer");
                return koersel.Laes(r, fejl, new Indlaesningsvalg { KraevBenchmark = true }, () =>
                    new TaellendeBeregning<Opgoerelsesresultat>(new Aarsberegning(regelsaet, y, n), f));
            });

            var resultat = laesning.Resultat;
            var rapport = laesning.Rapport;
            if (pseudonymer is not null)
            {
                resultat = pseudonymer.Anvend(resultat);
                rapport = Pseudonymiserer.Anvend(rapport);
            }

            koersel.Udgiv(r, sti =>
                Opgoerelsesskriver.Skriv(sti, resultat, rapport, r.GetValue(excel) ? CsvDialekt.Excel : CsvDialekt.Standard));
            Opsummering.Vis(ud, resultat, rapport);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
