using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    private const string HistorikStil = """
        table.tidslinje td.aar{text-align:center;min-width:7.5em;cursor:help}
        .s-ingen{background:#f1f3f5;color:#555}.s-skaerpet{background:#fde68a}.s-forlaenget{background:#fdba74}.s-administration{background:#b91c1c;color:#fff}
        td.ikke-opgjort{color:#999;text-align:center}td.afviger{outline:3px solid #1f5fa8;outline-offset:-3px}
        .farver{display:flex;gap:10px;flex-wrap:wrap;list-style:none;padding:0;font-size:.9em}.farver li{padding:2px 10px;border-radius:4px}
        """;

    public static void Skriv(string sti, Historikresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        SkrivHtml(sti, Html(resultat));
    }

    /// <summary>The history's page as text: per plan a timeline of every kommune that was under tilsyn in some year, and the decisions per year.</summary>
    public static string Html(Historikresultat r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var h = new StringBuilder();
        string aarene = string.Create(CultureInfo.InvariantCulture, $"{r.Fra}–{r.Til}");
        Hoved(h, $"Skærpet tilsyn – historik {aarene}");
        h.Append("<style>\n").Append(HistorikStil).Append("</style>\n");
        h.Append(CultureInfo.InvariantCulture, $"<h1>Skærpet tilsyn – historik for datoårene {aarene}</h1>\n");
        h.Append("<p class=\"note\">Hvert år er opgjort som en årlig opgørelse med årets regelsæt og meddelelsesdato; status før et år er status efter året før. ");
        h.Append("Hold musen over en celle for årets afgørelse og begge fokusmål.</p>\n");
        h.Append("<ul class=\"farver\">");
        foreach (var s in new[] { Tilsynsstatus.Ingen, Tilsynsstatus.Skaerpet, Tilsynsstatus.Forlaenget, Tilsynsstatus.Administration })
        {
            h.Append(CultureInfo.InvariantCulture, $"<li class=\"s-{Koder.Kode(s)}\">{Status(s)}</li>");
        }

        h.Append("</ul>\n");
        if (r.B is { } b)
        {
            Afvigelser(h, r);
            Side(h, r.A, "a", "Plan A", null);
            Side(h, b, "b", "Plan B", r.A);
        }
        else
        {
            Side(h, r.A, "a", null, null);
        }

        return Afslut(h);
    }

    private static void Afvigelser(StringBuilder h, Historikresultat r)
    {
        var afvigelser = r.Afvigelser;
        h.Append("<section id=\"afvigelser\">\n<h2>Kommuner, hvis forløb afviger</h2>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Plan A er {Esc(r.A.Plan.Navn)}, plan B er {Esc(r.B!.Plan.Navn)}. ");
        if (afvigelser.Count == 0)
        {
            h.Append("Ingen kommune får en anden afgørelse i noget år.</p>\n</section>\n");
            return;
        }

        h.Append(CultureInfo.InvariantCulture, $"{Kommuner(afvigelser.Count)} får en anden afgørelse i mindst ét år; under plan B er cellerne, der afviger, indrammet.</p>\n<ul>\n");
        foreach (var a in afvigelser)
        {
            h.Append(CultureInfo.InvariantCulture, $"<li>{a.Kommune} {Esc(a.Navn)}: fra {a.FoersteAar}</li>\n");
        }

        h.Append("</ul>\n</section>\n");
    }

    /// <summary>One plan's timeline and decision counts; cells that differ from <paramref name="mod"/>'s are marked.</summary>
    private static void Side(StringBuilder h, Historik historik, string id, string? overskrift, Historik? mod)
    {
        string titel = overskrift is null ? "" : $"{overskrift}: ";
        h.Append(CultureInfo.InvariantCulture, $"<section id=\"tidslinje-{id}\">\n<h2>{titel}kommunernes forløb ({Esc(historik.Plan.Navn)})</h2>\n");
        h.Append("<p class=\"note\">");
        foreach (var aar in historik.Aar)
        {
            var p = historik.Plan[aar.Aar];
            h.Append(CultureInfo.InvariantCulture, $"{aar.Aar}: {Esc(p.Regler.Navn)}{(p.Udvaelgelse ? "" : " (ingen udvælgelse)")}. ");
        }

        h.Append("</p>\n");

        var afgoerelser = historik.Aar.Select(a => a.Afgoerelser.ToDictionary(x => x.Kommune)).ToList();
        var modAfgoerelser = mod?.Aar.Select(a => a.Afgoerelser.ToDictionary(x => x.Kommune)).ToList();
        var kommuner = afgoerelser.SelectMany(a => a.Values).GroupBy(a => a.Kommune).OrderBy(g => g.Key).ToList();
        var underTilsyn = kommuner.Where(g => g.Any(a => a.StatusFoer.Status != Tilsynsstatus.Ingen || a.StatusEfter.Status != Tilsynsstatus.Ingen)).ToList();

        h.Append(CultureInfo.InvariantCulture, $"<div class=\"rulle\">\n<table id=\"tidslinjetabel-{id}\" class=\"tidslinje\">\n<thead><tr><th>Kommune</th><th>Navn</th>");
        foreach (var aar in historik.Aar)
        {
            h.Append(CultureInfo.InvariantCulture, $"<th>{aar.Aar}</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var g in underTilsyn)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"tal\">{g.Key}</td><td>{Esc(g.First().Navn)}</td>");
            for (int i = 0; i < historik.Aar.Count; i++)
            {
                var a = afgoerelser[i].GetValueOrDefault(g.Key);
                bool afviger = modAfgoerelser is not null && modAfgoerelser[i].GetValueOrDefault(g.Key)?.Type != a?.Type;
                Celle(h, historik.Aar[i].Aar, a, afviger);
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n");
        int oevrige = kommuner.Count - underTilsyn.Count;
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Kommuner(underTilsyn.Count)} var under tilsyn i mindst ét år; {(oevrige == 1 ? "den sidste opgjorte kommune" : $"de øvrige {oevrige} opgjorte kommuner")} var ikke under tilsyn i noget år.</p>\n");
        Aarstal(h, historik, id);
        h.Append("</section>\n");
    }

    private static void Celle(StringBuilder h, int aar, Afgoerelse? a, bool afviger)
    {
        string ramme = afviger ? " afviger" : "";
        if (a is null)
        {
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"aar ikke-opgjort{ramme}\" title=\"{aar}: ikke opgjort\">–</td>");
            return;
        }

        string hover = string.Create(
            CultureInfo.InvariantCulture,
            $"{aar}: {Koder.Tekst(a.Type)} ({a.Hjemmel}); status før {Status(a.StatusFoer.Status)}; fokusmål 1 {Procenttekst(a.Fm1)}{(a.Fm1Opfyldt ? "" : " (ikke opfyldt)")}, fokusmål 2 {Procenttekst(a.Fm2)}{(a.Fm2Opfyldt ? "" : " (ikke opfyldt)")}");
        var s = a.StatusEfter.Status;
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"aar s-{Koder.Kode(s)}{ramme}\" data-afgoerelse=\"{Koder.Kode(a.Type)}\" title=\"{Esc(hover)}\">{Status(s)}</td>");
    }

    private static void Aarstal(StringBuilder h, Historik historik, string id)
    {
        h.Append(CultureInfo.InvariantCulture, $"<h3>Afgørelser pr. år</h3>\n<table id=\"afgoerelser-pr-aar-{id}\">\n<thead><tr><th>Afgørelse</th>");
        foreach (var aar in historik.Aar)
        {
            h.Append(CultureInfo.InvariantCulture, $"<th>{aar.Aar}</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var type in Koder.AlleAfgoerelsestyper)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{Koder.Tekst(type)}</td>");
            foreach (var aar in historik.Aar)
            {
                h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\">{aar.Afgoerelser.Count(a => a.Type == type)}</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    private static string Kommuner(int antal) => antal == 1 ? "1 kommune" : string.Create(CultureInfo.InvariantCulture, $"{antal} kommuner");
}
