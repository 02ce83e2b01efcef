using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>rapport.html</c>: one self-contained Danish page per run, for an opgørelse (decisions, sortable table, a chart per kommune) or a monitoring run.</summary>
/// <remarks>No network, fonts or external scripts; no clock time, so the same input gives the same bytes. Every text from data is escaped.</remarks>
internal static partial class Rapportskriver
{
    private const int Bredde = 380;
    private const int Hoejde = 190;
    private const int Venstre = 44;
    private const int Hoejre = 370;
    private const int Top = 12;
    private const int Bund = 160;

    private const string Fm1Farve = "#1f5fa8";
    private const string Fm2Farve = "#c2410c";

    // Dash patterns, so each kind of line reads the same in every chart and legend.
    private const string Graensestreg = "6 4";
    private const string Aarstalstreg = "1 3";
    private const string Forlaengelsesstreg = "10 3 2 3";

    private static readonly string[] s_maanedsbogstaver = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];

    private const string Stil = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#1b1b1b;background:#fff;line-height:1.4}
        h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:2px solid #ddd;padding-bottom:.2em}
        .note{color:#555;max-width:60em}
        .noegletal{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:1em 0}
        .noegletal li{border:1px solid #ccc;border-radius:6px;padding:10px 16px;min-width:8em;background:#f7f7f7}
        .noegletal b{display:block;font-size:1.8em}
        table{border-collapse:collapse;font-size:.88em}
        th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;white-space:nowrap}th{white-space:normal;vertical-align:bottom}
        .rulle{overflow-x:auto;max-width:100%}
        th{background:#eef1f5;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        td.tal{text-align:right;font-variant-numeric:tabular-nums}
        .ikke{color:#b00020;font-weight:600}.ok{color:#1b6e20}
        .grafer{display:flex;flex-wrap:wrap;gap:16px}
        figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:8px}figcaption{font-weight:600;margin-bottom:4px}
        .forklaring{display:flex;gap:16px;flex-wrap:wrap;font-size:.9em;margin:.5em 0 1em}
        .streg{display:inline-block;width:22px;height:0;border-top:3px solid;vertical-align:middle;margin-right:4px}
        ul.plan{margin:.5em 0 0;padding-left:1.2em;max-width:380px;font-size:.85em;white-space:normal}ul.plan li{margin:.25em 0}
        h3{font-size:1.05em;margin:1.2em 0 .5em}
        .grupper{display:flex;flex-wrap:wrap;gap:0 32px;align-items:flex-start}.gruppe{max-width:100%}
        th.gruppe{text-align:center;cursor:default}
        p.grundlag{margin:.4em 0 0;max-width:380px;font-size:.85em;white-space:normal;color:#333}
        td.tom{color:#999}
        """;

    private const string Script = """
        document.querySelectorAll("table.sorterbar").forEach(function (t) {
          // A group heading (colspan) does not sort; under one, a heading names its column in data-kolonne.
          var hoveder = t.querySelectorAll("th:not([colspan])");
          hoveder.forEach(function (th, n) {
            var i = th.dataset.kolonne !== undefined ? parseInt(th.dataset.kolonne, 10) : n;
            th.addEventListener("click", function () {
              var op = th.getAttribute("aria-sort") !== "ascending";
              hoveder.forEach(function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", op ? "ascending" : "descending");
              var tal = th.dataset.type === "tal";
              var raekker = Array.prototype.slice.call(t.tBodies[0].rows);
              raekker.sort(function (a, b) {
                var x = a.cells[i].dataset.v !== undefined ? a.cells[i].dataset.v : a.cells[i].textContent;
                var y = b.cells[i].dataset.v !== undefined ? b.cells[i].dataset.v : b.cells[i].textContent;
                var c = tal ? (x === "" ? -1 : parseFloat(x)) - (y === "" ? -1 : parseFloat(y)) : x.localeCompare(y, "da");
                return op ? c : -c;
              });
              raekker.forEach(function (r) { t.tBodies[0].appendChild(r); });
            });
          });
          t.dataset.sorterbar = "klar";
        });
        """;

    public static void Skriv(string sti, Opgoerelsesresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        SkrivHtml(sti, Html(resultat));
    }

    private static void SkrivHtml(string sti, string tekst)
    {
        byte[] html = new UTF8Encoding(false).GetBytes(tekst);
        AtomiskSkrivning.Skriv(sti, stream => stream.Write(html));
    }

    private static void Hoved(StringBuilder h, string titel)
    {
        h.Append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append(CultureInfo.InvariantCulture, $"<title>{Esc(titel)}</title>\n<style>\n{Stil}</style>\n</head>\n<body>\n");
    }

    private static string Afslut(StringBuilder h) => h.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n").ToString();

    private static string Regeltekst(Regelsaet regler) =>
        $"Regelsæt {Esc(regler.Navn)}. Fokusmål 1 (andel af målgruppen uden indsats) er opfyldt under {Tal(regler.Fm1GraensePct)} %, fokusmål 2 (andel med færre end {regler.MinSamtaler} samtaler) under {Tal(regler.Fm2GraensePct)} %.";

    /// <summary>The legend of the charts: what the curves are (<paramref name="kurver"/>, e.g. "månedlig andel") and the lines and marks that may appear.</summary>
    private static void Forklaring(StringBuilder h, string kurver, params (string Streg, string Tekst)[] linjer)
    {
        h.Append(CultureInfo.InvariantCulture, $"<div class=\"forklaring\"><span><span class=\"streg\" style=\"border-color:{Fm1Farve}\"></span>fokusmål 1 (uden indsats), {kurver}</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span><span class=\"streg\" style=\"border-color:{Fm2Farve}\"></span>fokusmål 2 (få samtaler), {kurver}</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span>{Stregprove(Graensestreg)}grænse</span>");
        foreach (var (streg, tekst) in linjer)
        {
            h.Append(CultureInfo.InvariantCulture, $"<span>{streg}{tekst}</span>");
        }

        h.Append("</div>\n");
    }

    /// <summary>A legend sample of a line drawn with <paramref name="dasharray"/>, as the chart draws it.</summary>
    private static string Stregprove(string dasharray) =>
        $"<svg width=\"26\" height=\"8\" style=\"vertical-align:middle;margin-right:4px\" aria-hidden=\"true\"><line x1=\"0\" x2=\"26\" y1=\"4\" y2=\"4\" stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"{dasharray}\"/></svg>";

    /// <summary>A legend sample of a milestone mark.</summary>
    private static string Maerkeprove() =>
        "<svg width=\"14\" height=\"12\" style=\"vertical-align:middle;margin-right:4px\" aria-hidden=\"true\"><path d=\"M7,1 L12,6 L7,11 L2,6 Z\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"1.5\"/></svg>";

    /// <summary>Opens a kommune's figure with a chart over the 12 months of a year; a month without a value leaves a gap. The caller closes the figure.</summary>
    /// <remarks><paramref name="overskrift"/> is HTML, <paramref name="titel"/> plain text. Besides the thresholds the chart draws <paramref name="linjer"/> across
    /// and <paramref name="maerker"/> at their month; the y-axis is in percent, its ticks every 10 up to 50 and every 20 above.</remarks>
    private static void Graf(
        StringBuilder h, int kommune, string overskrift, string titel, decimal?[] fm1, decimal?[] fm2, Regelsaet regler, IReadOnlyList<Graflinje> linjer, IReadOnlyList<Grafmaerke> maerker)
    {
        decimal hoejest = 0;
        foreach (var v in fm1.Concat(fm2).Concat(linjer.Select(l => (decimal?)l.Vaerdi)).Concat(maerker.Select(m => (decimal?)m.Vaerdi)))
        {
            hoejest = Math.Max(hoejest, v ?? 0);
        }

        int trin = hoejest <= 50 ? 10 : 20;
        decimal maks = Math.Max(50, Math.Ceiling(hoejest / trin) * trin);

        h.Append(CultureInfo.InvariantCulture, $"<figure id=\"graf-{kommune}\"><figcaption>{overskrift}</figcaption>\n");
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"graf\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Bredde}\" height=\"{Hoejde}\" viewBox=\"0 0 {Bredde} {Hoejde}\" role=\"img\" aria-label=\"{Esc(titel)}\">\n");
        h.Append(CultureInfo.InvariantCulture, $"<title>{Esc(titel)}</title>\n");
        for (int v = 0; v <= maks; v += trin)
        {
            string y = Y(v, maks);
            h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Venstre}\" x2=\"{Hoejre}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#e5e5e5\"/><text class=\"akse\" x=\"{Venstre - 5}\" y=\"{y}\" dy=\"4\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">{v} %</text>\n");
        }

        for (int m = 0; m < 12; m++)
        {
            h.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(m)}\" y=\"{Bund + 15}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">{s_maanedsbogstaver[m]}</text>");
        }

        h.Append('\n');
        Vandret(h, new Graflinje(regler.Fm1GraensePct, Fm1Farve, Graensestreg, "grænse for fokusmål 1"), maks);
        Vandret(h, new Graflinje(regler.Fm2GraensePct, Fm2Farve, Graensestreg, "grænse for fokusmål 2"), maks);
        foreach (var l in linjer)
        {
            Vandret(h, l, maks);
        }

        Kurve(h, fm1, maks, Fm1Farve, "fm1");
        Kurve(h, fm2, maks, Fm2Farve, "fm2");
        foreach (var m in maerker)
        {
            string x = X(m.Maaned - 1);
            string y = Y(m.Vaerdi, maks);
            h.Append(CultureInfo.InvariantCulture, $"<path class=\"milepael\" transform=\"translate({x},{y})\" d=\"M0,-5 L5,0 L0,5 L-5,0 Z\" fill=\"#fff\" stroke=\"{m.Farve}\" stroke-width=\"1.5\"><title>{Esc(m.Navn)}: {Tal(m.Vaerdi)} %</title></path>\n");
        }

        h.Append("</svg>");
    }

    private static void Vandret(StringBuilder h, Graflinje l, decimal maks)
    {
        string y = Y(l.Vaerdi, maks);
        h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Venstre}\" x2=\"{Hoejre}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{l.Farve}\" stroke-width=\"1.5\" stroke-dasharray=\"{l.Streg}\"><title>{Esc(l.Navn)}: {Tal(l.Vaerdi)} %</title></line>\n");
    }

    private static void Kurve(StringBuilder h, decimal?[] vaerdier, decimal maks, string farve, string klasse)
    {
        // A month without målgruppe has no share: the curve breaks there instead of drawing through zero.
        var sti = new StringBuilder();
        bool tegner = false;
        for (int m = 0; m < 12; m++)
        {
            if (vaerdier[m] is not { } v)
            {
                tegner = false;
                continue;
            }

            sti.Append(tegner ? " L" : " M").Append(X(m)).Append(',').Append(Y(v, maks));
            tegner = true;
        }

        if (sti.Length > 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<path class=\"{klasse}\" d=\"{sti.ToString().TrimStart()}\" fill=\"none\" stroke=\"{farve}\" stroke-width=\"2\"/>\n");
        }

        for (int m = 0; m < 12; m++)
        {
            if (vaerdier[m] is { } v)
            {
                h.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(m)}\" cy=\"{Y(v, maks)}\" r=\"2.5\" fill=\"{farve}\"><title>{s_maanedsbogstaver[m]} {m + 1}: {Tal(v)} %</title></circle>");
            }
        }

        h.Append('\n');
    }

    private static string X(int maaned) => (Venstre + 12 + (maaned * (Hoejre - Venstre - 24) / 11m)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Y(decimal v, decimal maks) => (Bund - (v / maks * (Bund - Top))).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Procenttekst(Brok? v) => DanskeTal.Procent(v) ?? "udefineret";

    private static string Tal(decimal v) => DanskeTal.Decimal(v);

    private static string Status(Tilsynsstatus s) => Koder.Tekst(s);

    /// <summary>Escapes text for HTML content and double-quoted attributes.</summary>
    public static string Esc(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        return tekst.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
