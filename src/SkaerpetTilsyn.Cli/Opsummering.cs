using System.Globalization;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Inddata;
using Spectre.Console;

namespace SkaerpetTilsyn.Cli;

/// <summary>The short summary a run prints on stdout: decisions and rows read and rejected.</summary>
internal static class Opsummering
{
    public static void Vis(TextWriter ud, Opgoerelsesresultat resultat, Inddata inddata)
    {
        var konsol = Konsol(ud);
        var afgoerelser = new Table().Title($"Opgørelse for {resultat.Aar} ({resultat.Regler.Navn})").AddColumn("Afgørelse").AddColumn(new TableColumn("Kommuner").RightAligned());
        foreach (var (type, tekst) in new[]
        {
            (Afgoerelsestype.Udvalgt, "udvalgt"),
            (Afgoerelsestype.Forlaenget, "forlænget"),
            (Afgoerelsestype.Administration, "administration"),
            (Afgoerelsestype.FortsatAdministration, "fortsat administration"),
            (Afgoerelsestype.Ophoert, "ophørt"),
            (Afgoerelsestype.IkkeOmfattet, "ikke omfattet"),
        })
        {
            afgoerelser.AddRow(tekst, Tal(resultat.Afgoerelser.Count(a => a.Type == type)));
        }

        konsol.Write(afgoerelser);
        konsol.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Passivsager: {resultat.Passivsager.Count}"));
        VisFiler(ud, inddata);
    }

    public static void VisFiler(TextWriter ud, Inddata inddata)
    {
        var konsol = Konsol(ud);
        var filer = new Table().Title("Inddata").AddColumn("Fil");
        foreach (var kolonne in new[] { "Læst", "Brugt", "Afvist", "Dubletter" })
        {
            filer.AddColumn(new TableColumn(kolonne).RightAligned());
        }

        foreach (var f in inddata.Filer)
        {
            filer.AddRow(Markup.Escape(f.Navn), Tal(f.Laest), Tal(f.Brugt), Tal(f.Afvist), Tal(f.Dubletter));
        }

        konsol.Write(filer);
        foreach (var advarsel in inddata.Advarsler)
        {
            konsol.WriteLine($"Advarsel: {advarsel}");
        }
    }

    private static string Tal(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static IAnsiConsole Konsol(TextWriter ud) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(ud),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });
}
