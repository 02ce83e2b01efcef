using System.CommandLine;
using System.Globalization;
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
        var aar = Tilvalg.Aar("Datoåret for opgørelsen (fx 2023 for opgørelsen i april 2024)");
        var regler = Tilvalg.Regler();
        var meddelelse = Tilvalg.Dato("--meddelelse", "Datoen for meddelelsen til kommunerne, i året efter --aar (standard: 30. april året efter)");
        var excel = new Option<bool>("--excel")
        {
            Description = "Skriv CSV-resultattabellerne til dansk Excel: semikolon, decimalkomma, UTF-8 med BOM (status.csv forbliver i inddataformatet)",
        };

        var dokumenter = new Dokumenttilvalg();
        var kommando = new Command("opgoerelse", "Den årlige opgørelse: fokusmål pr. måned og kommune, afgørelser med frister og passivsager")
        {
            aar, regler, meddelelse, excel,
        };
        dokumenter.Tilfoej(kommando);
        var koersel = new Koerselstilvalg(kommando);
        kommando.Validators.Add(c =>
        {
            // SPEC §9.3: the meddelelse falls in the year after the data year.
            if (Argumentregler.Laest(c, aar, out int y) && Argumentregler.Laest(c, meddelelse, out var n) && n is { } dato && dato.Year != y + 1)
            {
                c.AddError(string.Create(CultureInfo.InvariantCulture, $"--meddelelse skal være en dato i {y + 1}, året efter --aar {y}, ikke {dato:yyyy-MM-dd}."));
            }

            // --excel shapes only CSV files; with nothing but Parquet it would do nothing, and a run the user believes is for Excel is none.
            if (c.GetValue(excel) && Argumentregler.Laest(c, koersel.Uddataformat, out var format) && format == Uddataformat.Parquet)
            {
                c.AddError("--excel gælder kun CSV-filer og kan ikke bruges med --format parquet; brug --format begge for både Excel-CSV og Parquet.");
            }
        });
        kommando.SetAction(r =>
        {
            int y = r.GetValue(aar);
            var udgivelse = koersel.Udgivelse(r);
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            var dokumentvalg = dokumenter.Valg(r);
            var n = r.GetValue(meddelelse) ?? Frister.StandardMeddelelse(y);
            if (Meddelelsesfrist.Advarsel(y, n) is { } advarsel)
            {
                fejl.WriteLine($"Advarsel: {advarsel}");
            }

            var valg = new Opgoerelsesvalg
            {
                Data = koersel.Data(r),
                Indlaesning = koersel.Indlaesning(r, new Indlaesningsvalg()),
                Aar = y,
                Regler = regelsaet,
                Meddelelse = n,
                Excel = r.GetValue(excel),
                Dokumenter = dokumentvalg,
                Ud = udgivelse,
            };
            var resultat = Fremdrift.Koer(Fremdrift.Terminal(fejl), Fremdrift.StandardForsinkelse, f =>
            {
                f.Fase("Læser og måler personer");
                return Skaerpet.Opgoerelse(valg with { VedPerson = f.Tael });
            });

            Tilvalg.BemaerkRaekkefoelge(resultat.Rapport, fejl);
            Opsummering.Vis(ud, resultat.Resultat, resultat.Rapport, dokumentvalg is not null);
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
