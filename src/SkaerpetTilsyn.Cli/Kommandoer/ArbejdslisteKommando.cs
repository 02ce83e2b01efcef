using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet arbejdsliste</c>: who will count against a fokusmål in the coming months if nothing new happens, and the kommune's figures then (SPEC §12).</summary>
internal static class ArbejdslisteKommando
{
    public static Command Byg(TextWriter ud, TextWriter fejl)
    {
        var fra = Tilvalg.Maaned("--fra", "Horisontens første måned (åååå-mm); data bruges, som de var kendt den sidste dag i måneden før");
        var horisont = new Option<int>("--horisont")
        {
            Description = "Antal måneder i horisonten, 1–12",
            DefaultValueFactory = _ => 3,
            CustomParser = Argumentregler.Parser("--horisont", "et heltal fra 1 til 12", Argumentregler.Heltal(1, 12)),
        };
        var kommuner = new Option<int[]>("--kommune")
        {
            Description = "Kun disse kommuner i resultaterne (kommunekoder adskilt af komma); alle måles under alle omstændigheder",
            CustomParser = Kommunekoder,
        };
        var regler = Tilvalg.Regler();
        var kommando = new Command("arbejdsliste", "Hvem bliver uden indsats eller får for få samtaler de næste måneder, hvis intet nyt sker, og kommunens fokusmål i de måneder")
        {
            fra, horisont, kommuner, regler,
        };
        var koersel = new Koerselstilvalg(kommando);
        kommando.SetAction(r =>
        {
            var foerste = r.GetValue(fra);
            int antal = r.GetValue(horisont);
            // Left out, the option reads as an empty list: every kommune.
            var udvalgte = r.GetValue(kommuner) is { Length: > 0 } k ? k : null;
            var udgivelse = koersel.Udgivelse(r, regler);
            var regelsaet = RegelsaetJson.Hent(r.GetValue(regler)!);
            var valg = new Arbejdslistevalg
            {
                Data = koersel.Data(r),
                Indlaesning = koersel.Indlaesning(r, new Indlaesningsvalg()),
                Fra = foerste,
                Horisont = antal,
                Kommuner = udvalgte,
                Regler = regelsaet,
                Ud = udgivelse,
            };
            var laesning = Fremdrift.Koer(Fremdrift.Terminal(fejl), Fremdrift.StandardForsinkelse, f =>
            {
                f.Fase("Læser og måler personer");
                return Skaerpet.Arbejdsliste(valg with { VedPerson = f.Tael });
            });

            Tilvalg.BemaerkRaekkefoelge(laesning.Rapport, fejl);
            Tilvalg.VisAdvarsler(laesning.Rapport, fejl);
            Opsummering.VisArbejdsliste(ud, laesning.Resultat);
            return Udgangskode.Succes;
        });
        return kommando;
    }

    /// <summary>SPEC §9.3: <c>--kommune</c> is known kommune codes, separated by commas or given one per option.</summary>
    private static int[] Kommunekoder(ArgumentResult r)
    {
        var koder = new SortedSet<int>();
        foreach (var token in r.Tokens)
        {
            foreach (string del in token.Value.Split(','))
            {
                string tekst = del.Trim();
                if (!int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out int kode) || !Kommuneliste.Findes(kode))
                {
                    r.AddError($"--kommune skal være kendte kommunekoder adskilt af komma (fx 101,147), ikke '{tekst}'.");
                    return [];
                }

                koder.Add(kode);
            }
        }

        return [.. koder];
    }
}
