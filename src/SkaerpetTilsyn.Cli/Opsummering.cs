using System.Globalization;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Sammenligning;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;
using Spectre.Console;

namespace SkaerpetTilsyn.Cli;

/// <summary>The short summary a run prints on stdout: decisions, kommuner at risk or changing decision, and rows read and rejected.</summary>
internal static class Opsummering
{
    private const int IkkeTerminalBredde = 120;

    /// <summary>The year's decisions; with <paramref name="dokumenter"/> also how many letters and case reviews were written.</summary>
    public static void Vis(TextWriter ud, Opgoerelsesresultat resultat, Indlaesningsrapport inddata, bool dokumenter = false)
    {
        var konsol = Konsol(ud);
        var afgoerelser = new Table().Title($"Opgørelse for {resultat.Aar} ({resultat.Regler.Navn})").AddColumn("Afgørelse").AddColumn(new TableColumn("Kommuner").RightAligned());
        foreach (var type in Koder.AlleAfgoerelsestyper)
        {
            afgoerelser.AddRow(Koder.Tekst(type), Tal(resultat.Afgoerelser.Count(a => a.Type == type)));
        }

        konsol.Write(afgoerelser);
        konsol.WriteLine($"Passivsager: {Tal(resultat.Passivsager.Count)}");
        if (dokumenter)
        {
            int meddelelser = resultat.Afgoerelser.Count(a => a.Type != Afgoerelsestype.IkkeOmfattet);
            int sagsgennemgange = resultat.Afgoerelser.Count(a => a.Type is Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration);
            konsol.WriteLine($"Dokumenter: {Tal(meddelelser)} meddelelser (meddelelser/) og {Tal(sagsgennemgange)} sagsgennemgange (sagsgennemgang/)");
        }

        VisFiler(ud, inddata);
    }

    /// <summary>One screen for a scheduled job: the last month's kommuner at risk and kommuner under administration failing the minimumskrav.</summary>
    public static void VisMonitor(TextWriter ud, Monitorresultat resultat, Indlaesningsrapport inddata)
    {
        var konsol = Konsol(ud);
        string maaned = resultat.Til.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        konsol.WriteLine($"Monitorering til {maaned} ({resultat.Regler.Navn})");

        var risiko = resultat.SidsteMaaned.Where(r => r.Risiko).ToList();
        if (risiko.Count == 0)
        {
            konsol.WriteLine("Ingen kommuner i risiko for udvælgelse.");
        }
        else
        {
            var tabel = new Table().Title($"Kommuner i risiko for udvælgelse ({Tal(risiko.Count)})").AddColumn("Kommune").AddColumn("Navn")
                .AddColumn(new TableColumn("FM1 12 mdr.").RightAligned()).AddColumn(new TableColumn("FM2 12 mdr.").RightAligned());
            foreach (var r in risiko)
            {
                tabel.AddRow(Kode(r.Kommune), Markup.Escape(r.Navn), Procent(r.Fm1), Procent(r.Fm2));
            }

            konsol.Write(tabel);
        }

        var minimumskrav = resultat.SidsteMaaned.Where(r => r.MinimumskravOpfyldt == false).ToList();
        if (minimumskrav.Count == 0)
        {
            konsol.WriteLine("Ingen kommuner under administration under minimumskravene.");
        }
        else
        {
            var tabel = new Table().Title($"Kommuner under administration under minimumskravene ({Tal(minimumskrav.Count)})").AddColumn("Kommune").AddColumn("Navn")
                .AddColumn(new TableColumn("Med tilbud").RightAligned()).AddColumn(new TableColumn("Med 4 samtaler").RightAligned());
            foreach (var r in minimumskrav)
            {
                tabel.AddRow(Kode(r.Kommune), Markup.Escape(r.Navn), Procent(r.AndelMedTilbud), Procent(r.AndelFireSamtaler));
            }

            konsol.Write(tabel);
        }

        VisMilepaele(konsol, resultat);
        konsol.WriteLine($"Afviste rækker: {Tal(inddata.Afviste.Count)} (se afviste.csv)");
    }

    /// <summary>The kommuner that missed their latest milestone up to the last month (SPEC §11.5).</summary>
    private static void VisMilepaele(IAnsiConsole konsol, Monitorresultat resultat)
    {
        if (!resultat.Raekker.Any(r => r.MilepaelNaaet is not null))
        {
            konsol.WriteLine("Ingen milepæle for året.");
            return;
        }

        var bag = resultat.BagMilepaele.ToList();
        if (bag.Count == 0)
        {
            konsol.WriteLine("Ingen kommuner bag deres seneste milepæl.");
            return;
        }

        var tabel = new Table().Title($"Kommuner bag deres seneste milepæl ({Tal(bag.Count)})").AddColumn("Kommune").AddColumn("Navn").AddColumn("Måned");
        foreach (var kolonne in new[] { "FM1 12 mdr.", "Mål FM1", "FM2 12 mdr.", "Mål FM2" })
        {
            tabel.AddColumn(new TableColumn(kolonne).RightAligned());
        }

        foreach (var r in bag)
        {
            tabel.AddRow(
                Kode(r.Kommune),
                Markup.Escape(r.Navn),
                r.Maaned.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Procent(r.Fm1),
                Maal(r.Milepael!.Fm1Maal),
                Procent(r.Fm2),
                Maal(r.Milepael.Fm2Maal));
        }

        konsol.Write(tabel);
    }

    /// <summary>Every kommune whose decision changes between the two rule sets, with both fokusmål values.</summary>
    public static void VisDiff(TextWriter ud, Regelsammenligningsresultat resultat)
    {
        var konsol = Konsol(ud);
        string a = resultat.A.Regler.Navn;
        string b = resultat.B.Regler.Navn;
        var aendrede = resultat.Raekker.Where(r => r.Aendret).ToList();
        konsol.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Opgørelse for {resultat.A.Aar}: A = {a}, B = {b}"));
        konsol.WriteLine($"{Tal(aendrede.Count)} af {Tal(resultat.Raekker.Count)} kommuner skifter afgørelse.");
        if (aendrede.Count == 0)
        {
            return;
        }

        var tabel = new Table().Title("Kommuner, hvis afgørelse skifter").AddColumn("Kommune").AddColumn("Navn");
        foreach (var kolonne in new[] { "FM1 A", "FM1 B", "FM2 A", "FM2 B" })
        {
            tabel.AddColumn(new TableColumn(kolonne).RightAligned());
        }

        tabel.AddColumn("Afgørelse A").AddColumn("Afgørelse B");
        foreach (var r in aendrede)
        {
            tabel.AddRow(
                Kode(r.Kommune),
                Markup.Escape(r.Navn),
                Procent(r.A?.Fm1),
                Procent(r.B?.Fm1),
                Procent(r.A?.Fm2),
                Procent(r.B?.Fm2),
                r.A is { } x ? Koder.Kode(x.Type) : "-",
                r.B is { } y ? Koder.Kode(y.Type) : "-");
        }

        konsol.Write(tabel);
    }

    public static void VisFiler(TextWriter ud, Indlaesningsrapport inddata)
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

    private static string Procent(Brok? v) => DanskeTal.Procent(v) ?? "-";

    private static string Maal(decimal? v) => v is { } m ? Procent(Brok.Fra(m)) : "-";

    private static string Tal(long v) => DanskeTal.Heltal(v);

    private static string Kode(int kommune) => kommune.ToString(CultureInfo.InvariantCulture);

    private static IAnsiConsole Konsol(TextWriter ud)
    {
        var konsol = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ud),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(ud, Console.Out) || Console.IsOutputRedirected)
        {
            // A pipe or a log has no line width to respect, and Spectre's 80 columns would break the percentages of diff's table.
            konsol.Profile.Width = IkkeTerminalBredde;
        }

        return konsol;
    }
}
