using System.CommandLine;
using System.Globalization;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet forklar</c>: why one person is or is not counted in one month, with the opgørelse's own code (<see cref="Core.Forklaring.Forklarer"/>).</summary>
internal static class ForklarKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl)
    {
        var person = new Option<string>("--person")
        {
            Description = "Personens person_id, eller dens pseudonym med --pseudonymiser",
            Required = true,

            // SPEC §9.5: trimmed like an input field, so an id copied with its spaces from a CSV still matches.
            CustomParser = r => r.Tokens[0].Value.Trim(' ', '\t'),
        };
        var maaned = Tilvalg.Maaned("--maaned", "Måneden på formen åååå-mm");
        var regler = Tilvalg.Regler();
        var json = new Option<bool>("--json") { Description = "Skriv forklaringen som JSON" };
        var somKendtTil = Tilvalg.Dato("--som-kendt-til", "Forklar måneden på data, som de var kendt denne dag (åååå-mm-dd), som arbejdsliste gør: senere rækker udelades, og ydelsen den dag fortsætter");

        var kommando = new Command("forklar", "Forklarer for én person og én måned, om personen tæller i målgruppen, og hvorfor");
        var kilde = new Kildetilvalg(kommando);
        foreach (Option o in new Option[] { person, maaned, regler, json, somKendtTil })
        {
            kommando.Options.Add(o);
        }

        var maxAfvistePct = Tilvalg.MaxAfvistePct();
        kommando.Options.Add(maxAfvistePct);
        var pseudonymiser = new Option<string?>("--pseudonymiser") { Description = "Nøglefilen fra opgørelsen, så --person også kan være et pseudonym (p_…) fra fx passivsager.csv" };
        kommando.Options.Add(pseudonymiser);
        var format = new Inddatatilvalg(kommando);
        kommando.SetAction(r =>
        {
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            // Trimmed of spaces and tabs like every input field (SPEC §8.1, §9.5), so a pasted id finds the person it names.
            string id = r.GetRequiredValue(person).Trim(' ', '\t');
            var (forklaring, rapport) = Skaerpet.Forklar(new Forklaringsvalg
            {
                Data = kilde.Data(r),
                Indlaesning = format.Anvend(r, kilde.Anvend(r, new Indlaesningsvalg { MaxAfvistePct = r.GetValue(maxAfvistePct) })),
                Person = id,
                Maaned = r.GetValue(maaned),
                Regler = regelsaet,
                Pseudonymer = Tilvalg.Pseudonymiserer(r, pseudonymiser),
                SomKendtTil = r.GetValue(somKendtTil),
            });
            Tilvalg.BemaerkRaekkefoelge(rapport, fejl);
            Tilvalg.VisAdvarsler(rapport, fejl);
            if (forklaring is null)
            {
                throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"Person '{id}' findes ikke i ydelser, samtaler, tilbud, timer eller fritagelser."));
            }

            ud.Write(r.GetValue(json) ? ForklaringJson.Skriv(forklaring) : Forklaringstekst.Skriv(forklaring, regelsaet));
            return Udgangskode.Succes;
        });
        return kommando;
    }
}
