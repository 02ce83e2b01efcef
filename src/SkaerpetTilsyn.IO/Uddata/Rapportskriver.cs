using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>rapport.html</c>: one self-contained Danish page per run, for an opgørelse (decisions, sortable table, a chart per kommune) or a monitoring run.</summary>
/// <remarks>No network, fonts or external scripts; no clock time, so the same input gives the same bytes. Every text from data is escaped.</remarks>
internal static partial class Rapportskriver
{
    private const int Bredde = 380;
    private const int Hoejde = 190;
    private const int Venstre = 36;
    private const int Hoejre = 370;
    private const int Top = 12;
    private const int Bund = 160;

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
        ul.advarsler{border-left:4px solid #b00020;background:#fdf0f2;padding:8px 8px 8px 28px;max-width:60em}
        """;

    private const string Script = """
        document.querySelectorAll("table.sorterbar").forEach(function (t) {
          var hoveder = t.querySelectorAll("th");
          hoveder.forEach(function (th, i) {
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

    public static void Skriv(string sti, Opgoerelsesresultat resultat, Indlaesningsrapport inddata)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        SkrivHtml(sti, Html(resultat, inddata));
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

    private static void Forklaring(StringBuilder h, string prikket)
    {
        h.Append("<div class=\"forklaring\"><span><span class=\"streg\" style=\"border-color:#1f5fa8\"></span>fokusmål 1 (uden indsats)</span>");
        h.Append("<span><span class=\"streg\" style=\"border-color:#c2410c\"></span>fokusmål 2 (få samtaler)</span>");
        h.Append("<span><span class=\"streg\" style=\"border-color:#777;border-top-style:dashed\"></span>grænse</span>");
        if (prikket.Length > 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<span><span class=\"streg\" style=\"border-color:#777;border-top-style:dotted\"></span>{prikket}</span>");
        }

        h.Append("</div>\n");
    }

    /// <summary>Opens a kommune's figure with a chart over the 12 months of a year; a month without a value leaves a gap. The caller closes the figure.</summary>
    /// <remarks><paramref name="overskrift"/> is HTML, <paramref name="titel"/> plain text.</remarks>
    private static void Graf(StringBuilder h, int kommune, string overskrift, string titel, decimal?[] fm1, decimal?[] fm2, Regelsaet regler, Brok? aarFm1, Brok? aarFm2)
    {
        decimal maks = 50;
        foreach (var v in fm1.Concat(fm2))
        {
            if (v > maks)
            {
                maks = Math.Ceiling(v.Value / 10) * 10;
            }
        }

        h.Append(CultureInfo.InvariantCulture, $"<figure id=\"graf-{kommune}\"><figcaption>{overskrift}</figcaption>\n");
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"graf\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Bredde}\" height=\"{Hoejde}\" viewBox=\"0 0 {Bredde} {Hoejde}\" role=\"img\" aria-label=\"{Esc(titel)}\">\n");
        h.Append(CultureInfo.InvariantCulture, $"<title>{Esc(titel)}</title>\n");
        for (int v = 0; v <= maks; v += 10)
        {
            string y = Y(v, maks);
            h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Venstre}\" x2=\"{Hoejre}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#e5e5e5\"/><text x=\"{Venstre - 4}\" y=\"{y}\" dy=\"3\" font-size=\"9\" text-anchor=\"end\" fill=\"#555\">{v}</text>\n");
        }

        for (int m = 0; m < 12; m++)
        {
            h.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(m)}\" y=\"{Bund + 14}\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">{s_maanedsbogstaver[m]}</text>");
        }

        h.Append('\n');
        Vandret(h, regler.Fm1GraensePct, maks, "#1f5fa8", "6 4", "grænse for fokusmål 1");
        Vandret(h, regler.Fm2GraensePct, maks, "#c2410c", "6 4", "grænse for fokusmål 2");
        if (aarFm1 is { } g1)
        {
            Vandret(h, g1.Afrund(2), maks, "#1f5fa8", "1 3", "årstal for fokusmål 1");
        }

        if (aarFm2 is { } g2)
        {
            Vandret(h, g2.Afrund(2), maks, "#c2410c", "1 3", "årstal for fokusmål 2");
        }

        Kurve(h, fm1, maks, "#1f5fa8", "fm1");
        Kurve(h, fm2, maks, "#c2410c", "fm2");
        h.Append("</svg>");
    }

    private static void Vandret(StringBuilder h, decimal v, decimal maks, string farve, string streg, string navn)
    {
        string y = Y(v, maks);
        h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Venstre}\" x2=\"{Hoejre}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{farve}\" stroke-width=\"1.5\" stroke-dasharray=\"{streg}\"><title>{navn}: {Tal(v)} %</title></line>\n");
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
