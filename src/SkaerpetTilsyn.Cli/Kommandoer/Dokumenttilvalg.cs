using System.CommandLine;
using System.Globalization;
using SkaerpetTilsyn.Core.Sagsgennemgang;
using SkaerpetTilsyn.IO.Dokumenter;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options of <c>opgoerelse --dokumenter</c> (SPEC §11.1–11.2): the letters' template, the sample size and its seed.</summary>
internal sealed class Dokumenttilvalg
{
    private readonly Option<bool> _dokumenter = new("--dokumenter")
    {
        Description = "Skriv en meddelelse (meddelelser/KKK-Navn.docx) til hver kommune med en afgørelse og en sagsgennemgang (sagsgennemgang/KKK-Navn.xlsx) til hver kommune under administration",
    };

    private readonly Option<string?> _skabelon = new("--skabelon")
    {
        Description = "Word-skabelon (.docx) med {{felt}}er, der erstatter den indbyggede meddelelse (kræver --dokumenter); kopiér en fra skabeloner/",
    };

    private readonly Option<int> _stikproeve = new("--stikproeve")
    {
        Description = "Stikprøvens størrelse pr. kommune i sagsgennemgangen (kræver --dokumenter)",
        DefaultValueFactory = _ => Stikproeve.StandardStoerrelse,
        CustomParser = Argumentregler.Parser("--stikproeve", Argumentregler.HeltalKrav(1), Argumentregler.Heltal(1)),
    };

    private readonly Option<long?> _seed = new("--seed")
    {
        Description = "Frø til stikprøven, det samme for alle kommuner (standard: aar × 1000 + kommune; kræver --dokumenter)",
        CustomParser = Argumentregler.Parser<long?>("--seed", "et heltal", Seed),
    };

    /// <summary>Adds the options and the rule that the three others need <c>--dokumenter</c>.</summary>
    public void Tilfoej(Command kommando)
    {
        ArgumentNullException.ThrowIfNull(kommando);
        foreach (Option o in new Option[] { _dokumenter, _skabelon, _stikproeve, _seed })
        {
            kommando.Options.Add(o);
        }

        kommando.Validators.Add(c =>
        {
            if (Argumentregler.Laest(c, _dokumenter, out bool med) && med)
            {
                return;
            }

            // Without documents these would change nothing but koersel.json, so a forgotten --dokumenter is said at once.
            foreach (Option o in new Option[] { _skabelon, _stikproeve, _seed })
            {
                if (c.GetResult(o) is { Implicit: false })
                {
                    c.AddError($"{o.Name} virker kun sammen med --dokumenter.");
                }
            }
        });
    }

    /// <summary>The document options, or null without <c>--dokumenter</c>; a template is checked here, before the data are read.</summary>
    /// <exception cref="IO.InputFejlException">The template cannot be read or uses an unknown field.</exception>
    public Dokumentvalg? Valg(ParseResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!r.GetValue(_dokumenter))
        {
            return null;
        }

        var skabelon = r.GetValue(_skabelon);
        if (skabelon is not null)
        {
            Dokumentskriver.KontrollerSkabelon(skabelon);
        }

        return new Dokumentvalg { Skabelon = skabelon, Stikproeve = r.GetValue(_stikproeve), Seed = r.GetValue(_seed) };
    }

    private static bool Seed(string tekst, out long? seed)
    {
        bool ok = long.TryParse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long s);
        seed = ok ? s : null;
        return ok;
    }
}
