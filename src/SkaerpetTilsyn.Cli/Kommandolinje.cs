using System.CommandLine;
using SkaerpetTilsyn.Cli.Kommandoer;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.IO;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli;

/// <summary>Builds the <c>skaerpet</c> root command and runs it with SPEC §7's exit codes.</summary>
internal static class Kommandolinje
{
    /// <summary>Builds the root command; <paramref name="vedAabning"/> is told each input file <c>monitor</c>, <c>diff</c> and <c>historik</c> open, for tests that count reads.</summary>
    public static RootCommand Byg(TextWriter ud, TextWriter fejl, Action<string>? vedAabning = null)
    {
        Kommandolinjetekster.Installer();
        var root = new RootCommand("skaerpet: beregner skærpet tilsyn med kommunernes beskæftigelsesindsats (fokusmål, resultatmål og afgørelser).")
        {
            OpgoerelseKommando.Byg(ud, fejl),
            MonitorKommando.Byg(ud, fejl, vedAabning),
            ArbejdslisteKommando.Byg(ud, fejl),
            DiffKommando.Byg(ud, fejl, vedAabning),
            HistorikKommando.Byg(ud, fejl, vedAabning),
            ValiderKommando.Byg(ud, fejl),
            ForklarKommando.Byg(ud, fejl),
            GenererKommando.Byg(ud),
        };
        root.Options.OfType<VersionOption>().Single().Action = new Versionshandling();
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; usage errors and bad input give 2, anything unexpected 1.</summary>
    public static int Koer(string[] args, TextWriter ud, TextWriter fejl, Action<string>? vedAabning = null)
    {
        var root = Byg(ud, fejl, vedAabning);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                fejl.WriteLine($"Fejl: {e.Message}");
            }

            fejl.WriteLine("Se 'skaerpet --help'.");
            return Udgangskode.UgyldigInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = ud, Error = fejl, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is InputFejlException or RegelsaetFejlException or DatagrundlagException or BrugerFejlException)
        {
            fejl.WriteLine($"Fejl: {e.Message}");
            return Udgangskode.UgyldigInput;
        }
        catch (Exception e) when (Filsystemfejl.Er(e))
        {
            // A place the engine reads or writes without naming it itself; the reason still comes in Danish (SPEC §9.5).
            fejl.WriteLine($"Fejl: En fil eller mappe kan ikke læses eller skrives ({Filsystemfejl.Aarsag(e)}).");
            return Udgangskode.UgyldigInput;
        }
        catch (Exception e)
        {
            fejl.WriteLine($"Intern fejl: {e.Message}");
            fejl.WriteLine(e.StackTrace);
            return Udgangskode.InternFejl;
        }
    }
}
