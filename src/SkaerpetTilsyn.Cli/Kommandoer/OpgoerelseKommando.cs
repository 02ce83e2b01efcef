using System.CommandLine;
using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
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
            var december = new YearMonth(y, 12);
            var (inddata, maaler) = Fremdrift.Koer(Fremdrift.Terminal(fejl), Fremdrift.StandardForsinkelse, f =>
            {
                f.Fase("Læser og måler personer");
                Maaler maaler = null!;
                var inddata = koersel.Laes(r, fejl, new Indlaesningsvalg { KraevBenchmark = true }, () =>
                {
                    maaler = new Maaler(regelsaet, new YearMonth(y, 1), december, december);
                    return p =>
                    {
                        maaler.MaalPerson(p);
                        f.Tael();
                    };
                });

                return (inddata, maaler);
            });

            var resultat = Aarsopgoerelse.Beregn(maaler, y, inddata.Benchmark, inddata.Status, n);
            if (pseudonymer is not null)
            {
                resultat = pseudonymer.Anvend(resultat);
                inddata = Pseudonymiserer.Anvend(inddata);
            }

            koersel.Udgiv(r, sti =>
                Opgoerelsesskriver.Skriv(sti, resultat, inddata, r.GetValue(excel) ? CsvDialekt.Excel : CsvDialekt.Standard));
            Opsummering.Vis(ud, resultat, inddata);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
