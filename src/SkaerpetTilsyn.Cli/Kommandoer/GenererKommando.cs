using System.CommandLine;
using System.Globalization;
using SkaerpetTilsyn.IO.Generering;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary><c>skaerpet generer</c>: writes a realistic synthetic data set in the format of SPEC §2.</summary>
internal static class GenererKommando
{
    public static Command Byg(TextWriter ud)
    {
        var udMappe = Tilvalg.Ud();
        var personer = new Option<int>("--personer") { Description = "Antal personer", DefaultValueFactory = _ => 1_000_000 };
        var kommuner = new Option<string?>("--kommuner") { Description = "De K største kommuner (fx 10) eller en liste af kommunekoder (fx 101,751); standard: alle 98" };
        var fraAar = new Option<int>("--fra-aar") { Description = "Første dataår", DefaultValueFactory = _ => 2019 };
        var tilAar = new Option<int>("--til-aar") { Description = "Sidste dataår", DefaultValueFactory = _ => 2024 };
        var seed = new Option<ulong>("--seed") { Description = "Frø: samme frø giver byte-identiske filer", DefaultValueFactory = _ => 1 };
        var badRows = new Option<int>("--bad-rows") { Description = "Antal fejlbehæftede rækker der indsættes (til robusthedstest)" };
        var indsats = new Option<string?>("--indsats")
        {
            Description = "Tving kommuners indsatsniveau, fx 101=svag,147=staerk (svag, svag-fm1, svag-fm2, normal, staerk)",
        };

        var kommando = new Command("generer", "Skriver et realistisk syntetisk datasæt i inddataformatet")
        {
            udMappe, personer, kommuner, fraAar, tilAar, seed, badRows, indsats,
        };
        kommando.SetAction(r =>
        {
            var valg = new GeneratorValg
            {
                Personer = r.GetValue(personer),
                Kommuner = Kommuner(r.GetValue(kommuner)),
                FraAar = r.GetValue(fraAar),
                TilAar = r.GetValue(tilAar),
                Seed = r.GetValue(seed),
                BadRows = r.GetValue(badRows),
                Indsats = Indsats(r.GetValue(indsats)),
            };
            Datagenerator generator;
            try
            {
                generator = new Datagenerator(valg);
            }
            catch (ArgumentException e)
            {
                throw new BrugerFejlException(e.Message);
            }

            string mappe = r.GetRequiredValue(udMappe);
            generator.Generer(mappe);
            ud.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Skrev {DanskeTal.Heltal(valg.Personer)} personer ({valg.FraAar}–{valg.TilAar}) til {mappe}."));
            return Udgangskode.Succes;
        });
        return kommando;
    }

    private static IReadOnlyList<int> Kommuner(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return [];
        }

        var dele = tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var koder = new List<int>(dele.Length);
        foreach (string del in dele)
        {
            if (!int.TryParse(del, NumberStyles.None, CultureInfo.InvariantCulture, out int tal))
            {
                throw new BrugerFejlException($"--kommuner skal være et antal eller en liste af kommunekoder, ikke '{tekst}'.");
            }

            koder.Add(tal);
        }

        // One number up to 98 is a count of the largest kommuner; three-digit codes start at 101.
        return koder.Count == 1 && koder[0] <= 98 ? GeneratorValg.StoersteKommuner(koder[0]) : koder;
    }

    private static Dictionary<int, Indsatsniveau> Indsats(string? tekst)
    {
        var niveauer = new Dictionary<int, Indsatsniveau>();
        foreach (string del in (tekst ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
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
                throw new BrugerFejlException($"--indsats skal have formen KODE=svag|svag-fm1|svag-fm2|normal|staerk, ikke '{del}'.");
            }

            niveauer[kode] = n;
        }

        return niveauer;
    }
}
