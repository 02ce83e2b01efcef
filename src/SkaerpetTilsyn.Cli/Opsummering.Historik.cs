using System.Globalization;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Inddata;
using Spectre.Console;

namespace SkaerpetTilsyn.Cli;

internal static partial class Opsummering
{
    /// <summary>The decisions of each year and, with <c>--mod</c>, every kommune whose path differs and the first year it does.</summary>
    public static void VisHistorik(TextWriter ud, Historikresultat resultat, Indlaesningsrapport inddata)
    {
        var konsol = Konsol(ud);
        string aarene = string.Create(CultureInfo.InvariantCulture, $"{resultat.Fra}–{resultat.Til}");
        if (resultat.B is { } b)
        {
            konsol.WriteLine($"Historik {aarene}: A = {resultat.A.Plan.Navn}, B = {b.Plan.Navn}");
            VisAfgoerelser(konsol, resultat.A, "A");
            VisAfgoerelser(konsol, b, "B");
            VisAfvigelser(konsol, resultat);
        }
        else
        {
            konsol.WriteLine($"Historik {aarene} ({resultat.A.Plan.Navn})");
            VisAfgoerelser(konsol, resultat.A, null);
        }

        VisFiler(ud, inddata);
    }

    private static void VisAfgoerelser(IAnsiConsole konsol, Historik historik, string? side)
    {
        var tabel = new Table().Title(side is null ? "Afgørelser pr. år" : $"Afgørelser pr. år under {side} ({Markup.Escape(historik.Plan.Navn)})").AddColumn("Afgørelse");
        foreach (var aar in historik.Aar)
        {
            tabel.AddColumn(new TableColumn(Kode(aar.Aar)).RightAligned());
        }

        foreach (var type in Koder.AlleAfgoerelsestyper)
        {
            tabel.AddRow([Koder.Tekst(type), .. historik.Aar.Select(a => Tal(a.Afgoerelser.Count(x => x.Type == type)))]);
        }

        konsol.Write(tabel);
    }

    private static void VisAfvigelser(IAnsiConsole konsol, Historikresultat resultat)
    {
        var afvigelser = resultat.Afvigelser;
        int kommuner = resultat.Diff.Select(r => r.Kommune).Distinct().Count();
        konsol.WriteLine($"{Tal(afvigelser.Count)} af {Tal(kommuner)} kommuner får et andet forløb.");
        if (afvigelser.Count == 0)
        {
            return;
        }

        var tabel = new Table().Title("Kommuner, hvis forløb afviger").AddColumn("Kommune").AddColumn("Navn").AddColumn(new TableColumn("Fra år").RightAligned())
            .AddColumn("Afgørelse A").AddColumn("Afgørelse B");
        foreach (var a in afvigelser)
        {
            var r = a.Foerste;
            tabel.AddRow(Kode(a.Kommune), Markup.Escape(a.Navn), Kode(a.FoersteAar), r.A is { } x ? Koder.Kode(x.Type) : "-", r.B is { } y ? Koder.Kode(y.Type) : "-");
        }

        konsol.Write(tabel);
    }
}
