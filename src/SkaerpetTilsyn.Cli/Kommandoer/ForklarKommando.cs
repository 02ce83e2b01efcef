using System.CommandLine;
using System.Globalization;
using NodaTime;
using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet forklar</c>: why one person is or is not counted in one month, with the opgørelse's own code (<see cref="Forklarer"/>).</summary>
internal static class ForklarKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl)
    {
        var data = Tilvalg.Data();
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

        var kommando = new Command("forklar", "Forklarer for én person og én måned, om personen tæller i målgruppen, og hvorfor")
        {
            data, person, maaned, regler, json, somKendtTil,
        };
        var pseudonymiser = new Option<string?>("--pseudonymiser") { Description = "Nøglefilen fra opgørelsen, så --person også kan være et pseudonym (p_…) fra fx passivsager.csv" };
        kommando.Options.Add(pseudonymiser);
        var format = new Inddatatilvalg(kommando);
        kommando.SetAction(r =>
        {
            var m = r.GetValue(maaned);
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            string id = r.GetRequiredValue(person);
            var pseudonymer = Tilvalg.Pseudonymiserer(r, pseudonymiser);
            var p = Find(r.GetRequiredValue(data), format.Anvend(r, new Indlaesningsvalg()), id, pseudonymer, fejl)
                ?? throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"Person '{id}' findes ikke i ydelser, samtaler, tilbud, timer eller fritagelser."));
            var c = r.GetValue(somKendtTil);
            var forklaring = c is { } kendt
                ? new Forklarer(regelsaet).Forklar(SomKendtPaa(p, kendt, m), m) with { SomKendtTil = kendt }
                : new Forklarer(regelsaet).Forklar(p, m);
            ud.Write(r.GetValue(json) ? ForklaringJson.Skriv(forklaring) : Forklaringstekst.Skriv(forklaring, regelsaet));
            return Udgangskode.Succes;
        });
        return kommando;
    }

    /// <summary>SPEC §12: the person's rows as known on <paramref name="c"/>, the benefit on C going on to the end of <paramref name="maaned"/> when that is later.</summary>
    private static Persondata SomKendtPaa(Persondata p, LocalDate c, YearMonth maaned)
    {
        var slut = maaned.ToDateInterval().End;
        return new SomKendt(c, slut > c ? slut : c).Afgraens(p);
    }

    /// <summary>Streams the data folder and keeps only the one person, so a national data set is never held in memory.</summary>
    private static Persondata? Find(string mappe, Indlaesningsvalg valg, string id, Pseudonymiserer? pseudonymer, TextWriter fejl)
    {
        var (fundet, rapport) = Indlaeser.Laes(mappe, valg, () => new Personsoegning(Pseudonymiserer.Soeger(id, pseudonymer)));
        Tilvalg.BemaerkUsorteret(rapport, fejl);
        return fundet;
    }
}
