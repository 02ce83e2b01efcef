using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.IO.Generering;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet generer</c>: writes a realistic synthetic data set in the format of SPEC §2.</summary>
/// <remarks>Every choice the generator would refuse is a usage error here, in Danish, before anything is written (SPEC §9.5).</remarks>
internal static class GenererKommando
{
    /// <summary>The demo's size: a first run is quick; a national set is asked for (<c>--personer 1000000</c>).</summary>
    public const int StandardPersoner = 2_500;

    private static readonly string s_aarKrav = string.Create(
        CultureInfo.InvariantCulture, $"et årstal fra {Datagenerator.MindsteAar} til {Datagenerator.StoersteAar}");

    public static Command Byg(TextWriter ud)
    {
        var udMappe = Tilvalg.Ud();
        var personer = new Option<int>("--personer")
        {
            Description = "Antal personer (standard 2.500, demoens størrelse; et nationalt datasæt: --personer 1000000)",
            DefaultValueFactory = _ => StandardPersoner,
            CustomParser = Argumentregler.Parser("--personer", Argumentregler.HeltalKrav(1), Argumentregler.Heltal(1)),
        };
        var kommuner = new Option<IReadOnlyList<int>>("--kommuner")
        {
            Description = "De K største kommuner (fx 10) eller en liste af kommunekoder (fx 101,751); standard: alle 98",
            CustomParser = Kommuner,
        };
        var fraAar = new Option<int>("--fra-aar") { Description = "Første dataår", DefaultValueFactory = _ => 2019, CustomParser = Aarstal("--fra-aar") };
        var tilAar = new Option<int>("--til-aar") { Description = "Sidste dataår", DefaultValueFactory = _ => 2024, CustomParser = Aarstal("--til-aar") };
        var seed = new Option<ulong>("--seed") { Description = "Frø: samme frø giver byte-identiske filer", DefaultValueFactory = _ => 1 };
        var badRows = new Option<int>("--bad-rows")
        {
            Description = "Antal fejlbehæftede rækker der indsættes (til robusthedstest)",
            CustomParser = Argumentregler.Parser("--bad-rows", Argumentregler.HeltalKrav(0), Argumentregler.Heltal(0)),
        };
        var indsats = new Option<Dictionary<int, Indsatsniveau>>("--indsats")
        {
            Description = "Tving kommuners indsatsniveau, fx 101=svag,147=staerk (svag, svag-fm1, svag-fm2, normal, staerk)",
            CustomParser = Indsats,
        };

        var uorden = new Option<IReadOnlySet<string>>("--uorden")
        {
            Description = "Personfiler der skrives i en tilfældig (frøbestemt) rækkefølge i stedet for sorteret efter person_id, fx tilbud eller samtaler,timer",
            CustomParser = Uorden,
        };
        var seneRaekker = new Option<decimal>("--sene-raekker")
        {
            Description = "Procentdel (0–100; 0.1 er én række pr. tusind) af hver anden personfils rækker, valgt af frøet, der flyttes sidst i filen som sene rettelser",
            CustomParser = Argumentregler.Parser("--sene-raekker", "en procentdel fra 0 til 100 (fx 0.1)", (string t, out decimal v) =>
                decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v) && v <= 100),
        };
        var overskriv = new Option<bool>("--overskriv") { Description = "Erstat et datasæt fra generer, der allerede ligger i udmappen" };

        var kommando = new Command("generer", "Skriver et realistisk syntetisk datasæt i inddataformatet")
        {
            udMappe, personer, kommuner, fraAar, tilAar, seed, badRows, indsats, uorden, seneRaekker, overskriv,
        };
        kommando.Validators.Add(c => Sammenhaeng(c, personer, badRows, fraAar, tilAar, kommuner, indsats));
        kommando.SetAction(r =>
        {
            var valg = new GeneratorValg
            {
                Personer = r.GetValue(personer),
                Kommuner = r.GetValue(kommuner) ?? [],
                FraAar = r.GetValue(fraAar),
                TilAar = r.GetValue(tilAar),
                Seed = r.GetValue(seed),
                BadRows = r.GetValue(badRows),
                Indsats = r.GetValue(indsats) ?? [],
                Uorden = r.GetValue(uorden) ?? new HashSet<string>(),
                SeneRaekker = r.GetValue(seneRaekker),
            };
            string mappe = r.GetRequiredValue(udMappe);
            try
            {
                new Datagenerator(valg).Generer(mappe, r.GetValue(overskriv));
            }
            catch (Exception e) when (Filsystemfejl.Er(e))
            {
                throw new BrugerFejlException($"Datasættet kan ikke skrives til '{mappe}' ({Filsystemfejl.Aarsag(e)}).");
            }

            ud.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Skrev {DanskeTal.Heltal(valg.Personer)} personer ({valg.FraAar}–{valg.TilAar}) til {mappe}."));
            return Udgangskode.Succes;
        });
        return kommando;
    }

    private static Func<ArgumentResult, int> Aarstal(string navn) =>
        Argumentregler.Parser(navn, s_aarKrav, Argumentregler.Heltal(Datagenerator.MindsteAar, Datagenerator.StoersteAar));

    /// <summary>The rules between options: years in order, not more bad rows than the persons hold, indsats only for kommuner generated.</summary>
    private static void Sammenhaeng(
        CommandResult c,
        Option<int> personer,
        Option<int> badRows,
        Option<int> fraAar,
        Option<int> tilAar,
        Option<IReadOnlyList<int>> kommuner,
        Option<Dictionary<int, Indsatsniveau>> indsats)
    {
        if (Argumentregler.Laest(c, fraAar, out int fra) && Argumentregler.Laest(c, tilAar, out int til) && til < fra)
        {
            c.AddError(string.Create(CultureInfo.InvariantCulture, $"--til-aar ({til}) må ikke ligge før --fra-aar ({fra})."));
        }

        if (Argumentregler.Laest(c, personer, out int antal) && Argumentregler.Laest(c, badRows, out int fejl)
            && fejl > (long)antal * Datagenerator.FejlraekkerPrPerson)
        {
            c.AddError(string.Create(
                CultureInfo.InvariantCulture,
                $"--bad-rows må højst være {Datagenerator.FejlraekkerPrPerson} pr. person, altså {DanskeTal.Heltal((long)antal * Datagenerator.FejlraekkerPrPerson)}, ikke {DanskeTal.Heltal(fejl)}."));
        }

        // Without --kommuner all 98 are generated, and --indsats's own parser has checked that its codes are kommuner.
        if (Argumentregler.Laest(c, kommuner, out var brugte) && brugte is { Count: > 0 } && Argumentregler.Laest(c, indsats, out var niveauer) && niveauer is not null)
        {
            foreach (int kode in niveauer.Keys.Where(k => !brugte.Contains(k)))
            {
                c.AddError(string.Create(CultureInfo.InvariantCulture, $"--indsats nævner kommune {kode}, som ikke er blandt de kommuner, der genereres."));
            }
        }
    }

    private static IReadOnlyList<int> Kommuner(ArgumentResult r)
    {
        string tekst = r.Tokens[0].Value;
        var dele = tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var koder = new List<int>(dele.Length);
        foreach (string del in dele)
        {
            if (!int.TryParse(del, NumberStyles.None, CultureInfo.InvariantCulture, out int tal))
            {
                r.AddError($"--kommuner skal være et antal eller en liste af kommunekoder, ikke '{tekst}'.");
                return [];
            }

            koder.Add(tal);
        }

        // One number up to 98 is a count of the largest kommuner; three-digit codes start at 101.
        if (koder.Count == 1 && koder[0] <= Kommuneliste.Alle.Count)
        {
            return GeneratorValg.StoersteKommuner(koder[0]);
        }

        foreach (var gruppe in koder.GroupBy(k => k))
        {
            if (!Kommuneliste.Findes(gruppe.Key))
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--kommuner nævner {gruppe.Key}, som ikke er en af de {Kommuneliste.Alle.Count} kommuner."));
            }
            else if (gruppe.Count() > 1)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--kommuner nævner {gruppe.Key} mere end én gang."));
            }
        }

        return koder;
    }

    private static IReadOnlySet<string> Uorden(ArgumentResult r)
    {
        string tekst = r.Tokens[0].Value;
        var filer = new HashSet<string>(StringComparer.Ordinal);
        foreach (string del in tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string navn = del.EndsWith(".csv", StringComparison.Ordinal) ? del[..^4] : del;
            if (!Datagenerator.Personfiler.Contains(navn))
            {
                r.AddError($"--uorden nævner '{del}', som ikke er en af personfilerne {string.Join(", ", Datagenerator.Personfiler)}.");
                return filer;
            }

            filer.Add(navn);
        }

        if (filer.Count == 0)
        {
            r.AddError($"--uorden skal nævne mindst én af personfilerne {string.Join(", ", Datagenerator.Personfiler)}, ikke '{tekst}'.");
        }

        return filer;
    }

    private static Dictionary<int, Indsatsniveau> Indsats(ArgumentResult r)
    {
        var niveauer = new Dictionary<int, Indsatsniveau>();
        foreach (string del in r.Tokens[0].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = del.Split('=');
            Indsatsniveau? niveau = kv.Length != 2 ? null : kv[1] switch
            {
                "svag" => Indsatsniveau.Svag,
                "svag-fm1" => Indsatsniveau.Normal with { IndsatsPrAar = Indsatsniveau.Svag.IndsatsPrAar },
                "svag-fm2" => Indsatsniveau.Normal with { SamtalerPrAar = Indsatsniveau.Svag.SamtalerPrAar },
                "normal" => Indsatsniveau.Normal,
                "staerk" => Indsatsniveau.Staerk,
                _ => null,
            };
            if (niveau is not { } n || !int.TryParse(kv[0], NumberStyles.None, CultureInfo.InvariantCulture, out int kode))
            {
                r.AddError($"--indsats skal have formen KODE=svag|svag-fm1|svag-fm2|normal|staerk, ikke '{del}'.");
                return niveauer;
            }

            if (!Kommuneliste.Findes(kode))
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--indsats nævner {kode}, som ikke er en af de {Kommuneliste.Alle.Count} kommuner."));
                return niveauer;
            }

            niveauer[kode] = n;
        }

        return niveauer;
    }
}
