using System.CommandLine;
using System.Globalization;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet historik</c>: the scheme's years in one run, each with its own rule set, the status chained from year to year (SPEC §10).</summary>
internal static class HistorikKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl, Action<string>? vedAabning)
    {
        var fra = Aar("--fra", "Det første datoår i historikken");
        var til = Aar("--til", "Det sidste datoår i historikken");
        var regelplan = new Option<string?>("--regelplan") { Description = "Regelplanen: en JSON-fil med regelsæt, meddelelsesdato og udvælgelse for hvert år (SPEC §10)" };
        var regler = new Option<string?>("--regler") { Description = $"Ét regelsæt for alle år: et indbygget navn ({string.Join(", ", RegelsaetJson.Navne)}) eller en JSON-fil (i stedet for --regelplan)" };
        var mod = new Option<string?>("--mod")
        {
            Description = "Kør samme historik under en anden plan i samme gennemløb: en regelplan (JSON med nøglen \"aar\") eller et regelsæt for alle år",
        };
        var excel = new Option<bool>("--excel")
        {
            Description = "Skriv resultattabellerne til dansk Excel: semikolon, decimalkomma, UTF-8 med BOM (status.csv forbliver i inddataformatet)",
        };

        var kommando = new Command("historik", "Ordningens år i én kørsel: hvert år opgjort med sit eget regelsæt, og status ført videre fra år til år")
        {
            fra, til, regelplan, regler, mod, excel,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.Validators.Add(c =>
        {
            // SPEC §9.3: --fra ≤ --til.
            if (Argumentregler.Laest(c, fra, out int y1) && Argumentregler.Laest(c, til, out int y2) && y1 > y2)
            {
                c.AddError(string.Create(CultureInfo.InvariantCulture, $"--fra {y1} ligger efter --til {y2}; --fra skal være det første år og --til det sidste."));
            }

            bool plan = c.GetResult(regelplan) is not null;
            bool ét = c.GetResult(regler) is not null;
            if (plan == ét)
            {
                c.AddError(plan
                    ? "--regelplan og --regler kan ikke bruges sammen; --regler er en kort form for en plan med samme regelsæt i alle år."
                    : "historik kræver enten --regelplan FIL eller --regler NAVN|FIL.");
            }
        });
        kommando.SetAction(r =>
        {
            int y1 = r.GetValue(fra);
            int y2 = r.GetValue(til);
            var udgivelse = koersel.Udgivelse(r, regelplan, regler, mod);
            var planA = r.GetValue(regelplan) is { } fil
                ? RegelplanJson.LaesFil(fil, y1, y2)
                : Regelplan.Fast(RegelsaetJson.Hent(r.GetValue(regler)!), y1, y2);
            var planB = r.GetValue(mod) is { } b ? RegelplanJson.HentPlanEllerRegelsaet(b, y1, y2) : null;
            AdvarOmMeddelelser(fejl, y1, y2, planB is null ? [planA] : [planA, planB]);

            var laesning = Fremdrift.Koer(Fremdrift.Terminal(fejl), Fremdrift.StandardForsinkelse, f =>
            {
                f.Fase("Læser og måler personer");
                return koersel.Laes(r, fejl, new Indlaesningsvalg { KraevBenchmark = true, VedAabning = vedAabning }, () =>
                    new TaellendeBeregning<Historikresultat>(new Historikberegning(y1, y2, planA, planB), f));
            });

            Historikudgivelse.Udgiv(udgivelse, laesning.Resultat, laesning.Rapport, r.GetValue(excel));
            Opsummering.VisHistorik(ud, laesning.Resultat, laesning.Rapport);
            return Udgangskode.Succes;
        });
        return kommando;
    }

    private static Option<int> Aar(string navn, string beskrivelse) => new(navn)
    {
        Description = beskrivelse,
        Required = true,
        CustomParser = Argumentregler.Parser<int>(navn, $"et årstal fra {Argumentregler.FoersteAar} til {Argumentregler.SidsteAar}", Argumentregler.Aarstal),
    };

    // SPEC §9.3 as for opgoerelse's --meddelelse: a date outside April of the year after is a warning, once per date.
    private static void AdvarOmMeddelelser(TextWriter fejl, int fra, int til, Regelplan[] planer)
    {
        var givet = new HashSet<string>(StringComparer.Ordinal);
        for (int y = fra; y <= til; y++)
        {
            foreach (var plan in planer)
            {
                if (Meddelelsesfrist.Advarsel(y, plan[y].Meddelelse) is { } advarsel && givet.Add(advarsel))
                {
                    fejl.WriteLine($"Advarsel: {advarsel}");
                }
            }
        }
    }
}
