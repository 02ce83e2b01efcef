using System.CommandLine;
using System.Globalization;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet forklar</c>: why one person is or is not counted in one month, with the opgørelse's own code (<see cref="Forklarer"/>).</summary>
internal static class ForklarKommando
{
    public static Command Byg(TextWriter ud)
    {
        var data = Tilvalg.Data();
        var person = new Option<string>("--person") { Description = "Personens person_id, eller dens pseudonym med --pseudonymiser", Required = true };
        var maaned = new Option<string>("--maaned") { Description = "Måneden på formen åååå-mm", Required = true };
        var regler = Tilvalg.Regler();
        var json = new Option<bool>("--json") { Description = "Skriv forklaringen som JSON" };

        var kommando = new Command("forklar", "Forklarer for én person og én måned, om personen tæller i målgruppen, og hvorfor")
        {
            data, person, maaned, regler, json,
        };
        var pseudonymiser = new Option<string?>("--pseudonymiser") { Description = "Nøglefilen fra opgørelsen, så --person også kan være et pseudonym (p_…) fra fx passivsager.csv" };
        kommando.Options.Add(pseudonymiser);
        var format = new Inddatatilvalg(kommando);
        kommando.SetAction(r =>
        {
            var m = Tilvalg.Maaned(r.GetRequiredValue(maaned), "--maaned");
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            string id = r.GetRequiredValue(person);
            var inddata = Indlaeser.Laes(r.GetRequiredValue(data), format.Anvend(r, new Indlaesningsvalg()));
            var pseudonymer = Tilvalg.Pseudonymiserer(r, pseudonymiser);
            var p = Find(inddata.Personer, id)
                ?? (pseudonymer is null ? null : inddata.Personer.FirstOrDefault(q => pseudonymer.Pseudonym(q.PersonId) == id))
                ?? throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"Person '{id}' findes ikke i ydelser, samtaler, tilbud, timer eller fritagelser."));
            var forklaring = new Forklarer(regelsaet).Forklar(p, m);
            ud.Write(r.GetValue(json) ? ForklaringJson.Skriv(forklaring) : Forklaringstekst.Skriv(forklaring, regelsaet));
            return Udgangskode.Succes;
        });
        return kommando;
    }

    private static Persondata? Find(IReadOnlyList<Persondata> personer, string id)
    {
        // Indlaeser sorts persons by id (ordinal).
        int lo = 0;
        int hi = personer.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int c = string.CompareOrdinal(personer[mid].PersonId, id);
            if (c == 0)
            {
                return personer[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
