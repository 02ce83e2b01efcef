using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    /// <summary>A kommune's table shows at most this many persons; the whole list is in arbejdsliste.csv, and a page of a national list would not open.</summary>
    internal const int MaksPersonerPrKommune = 1000;

    public static void Skriv(string sti, Arbejdslisteresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        SkrivHtml(sti, Html(resultat));
    }

    /// <summary>The worklist page as text: per kommune the forecast against the thresholds as a chart, and who needs what, by when, as a sortable table.</summary>
    public static string Html(Arbejdslisteresultat r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string fra = Maanedstekst(r.Horisont.Fra);
        string til = Maanedstekst(r.Horisont.Til);
        string kendt = Formater.Dato(r.KendtTil)!;
        var h = new StringBuilder();
        Hoved(h, $"Skærpet tilsyn – arbejdsliste {fra} til {til}");
        h.Append(CultureInfo.InvariantCulture, $"<h1>Skærpet tilsyn – arbejdsliste {Esc(fra)} til {Esc(til)}</h1>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Regeltekst(r.Regler)} Prognosen og listen bygger på data, som de var kendt {kendt}: hvis intet nyt sker, dvs. ingen nye tilbud, samtaler, timer eller fritagelser efter {kendt}, og hver persons ydelse den dag fortsætter horisonten ud. Listen viser for hver person den første måned, personen tæller som uden indsats (og hvor mange timer der så mangler i vinduet, når der ikke er et tilbud) og den første måned med for få samtaler (og hvor mange der mangler).</p>\n");

        var raekker = r.Raekker.ToLookup(x => x.Kommune);
        var kommuner = r.Prognose.Select(p => p.Kommune).Distinct().ToList();
        h.Append("<ul class=\"noegletal\">\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><b>{DanskeTal.Heltal(r.Raekker.Count)}</b>personer på listen</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><b>{DanskeTal.Heltal(kommuner.Count)}</b>kommuner</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><b>{r.Horisont.Antal}</b>måneder i horisonten</li>\n");
        h.Append("</ul>\n");
        Forklaring(h, "prognose for månedens andel");
        foreach (int k in kommuner)
        {
            Arbejdslistekommune(h, r, k, [.. raekker[k]]);
        }

        return Afslut(h);
    }

    private static void Arbejdslistekommune(StringBuilder h, Arbejdslisteresultat r, int kommune, List<Arbejdslisteraekke> personer)
    {
        string navn = Kommuneliste.TryFind(kommune, out var km) ? km.Navn : "";
        string kode = kommune.ToString(CultureInfo.InvariantCulture);
        h.Append(CultureInfo.InvariantCulture, $"<section class=\"arbejdsliste\" id=\"kommune-{kode}\">\n<h2>{kode} {Esc(navn)}</h2>\n");
        var prognose = r.Prognose.Where(p => p.Kommune == kommune).ToList();
        h.Append("<div class=\"grafer\">\n");
        Prognosegraf(h, r, kommune, $"{kode} {navn}", prognose);
        h.Append("</figure>\n</div>\n");
        if (personer.Count == 0)
        {
            h.Append("<p class=\"note\">Ingen personer i målgruppen bliver uden indsats eller får for få samtaler i horisonten, hvis intet nyt sker.</p>\n</section>\n");
            return;
        }

        string vist = personer.Count > MaksPersonerPrKommune
            ? $"De første {DanskeTal.Heltal(MaksPersonerPrKommune)} af {DanskeTal.Heltal(personer.Count)} personer vises; hele listen er i arbejdsliste.csv."
            : $"{DanskeTal.Heltal(personer.Count)} personer.";
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{vist} Klik på en kolonneoverskrift for at sortere.</p>\n");
        h.Append(CultureInfo.InvariantCulture, $"<div class=\"rulle\">\n<table id=\"arbejdsliste-{kode}\" class=\"sorterbar\">\n<thead><tr>");
        foreach (var (overskrift, tal) in new[]
        {
            ("Person", false), ("Ydelse", false), ("Forløbet startede", false), ("Første måned uden indsats", false),
            ($"Timer der mangler (af {Tal(r.Regler.MinTimer)})", true), ("Første måned med få samtaler", false), ($"Samtaler der mangler (af {r.Regler.MinSamtaler})", true),
        })
        {
            h.Append(tal ? "<th data-type=\"tal\">" : "<th>").Append(Esc(overskrift)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var p in personer.Take(MaksPersonerPrKommune))
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{Esc(p.PersonId)}</td><td>{Koder.Kode(p.Ydelse)}</td><td>{Formater.Dato(p.ForloebStart)}</td>");
            h.Append(p.FoersteMaanedUdenIndsats is { } u ? $"<td>{Formater.Maaned(u)}</td>" : "<td class=\"tom\"></td>");
            h.Append(p.TimerMangler is { } t ? $"<td class=\"tal\" data-v=\"{Formater.Eksakt(t)}\">{Tal(t)}</td>" : "<td class=\"tal tom\" data-v=\"\"></td>");
            h.Append(p.FoersteMaanedFaaSamtaler is { } f ? $"<td>{Formater.Maaned(f)}</td>" : "<td class=\"tom\"></td>");
            h.Append(p.SamtalerMangler is { } s ? $"<td class=\"tal\" data-v=\"{s}\">{s}</td>" : "<td class=\"tal tom\" data-v=\"\"></td>");
            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    /// <summary>Opens the kommune's figure with the forecast share of each fokusmål per horizon month against its threshold; the caller closes the figure.</summary>
    private static void Prognosegraf(StringBuilder h, Arbejdslisteresultat r, int kommune, string titel, List<Prognoseraekke> prognose)
    {
        var fm1 = prognose.Select(p => p.Taelling.AndelUdenIndsats?.Afrund(2)).ToArray();
        var fm2 = prognose.Select(p => p.Taelling.AndelFaaSamtaler?.Afrund(2)).ToArray();
        decimal hoejest = Math.Max(r.Regler.Fm1GraensePct, r.Regler.Fm2GraensePct);
        foreach (var v in fm1.Concat(fm2))
        {
            hoejest = Math.Max(hoejest, v ?? 0);
        }

        int trin = hoejest <= 50 ? 10 : 20;
        decimal maks = Math.Max(50, Math.Ceiling(hoejest / trin) * trin);
        string overskrift = $"{Esc(titel)}: prognose, hvis intet nyt sker";
        h.Append(CultureInfo.InvariantCulture, $"<figure id=\"graf-{kommune}\"><figcaption>{overskrift}</figcaption>\n");
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"graf\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Bredde}\" height=\"{Hoejde}\" viewBox=\"0 0 {Bredde} {Hoejde}\" role=\"img\" aria-label=\"{overskrift}\">\n");
        h.Append(CultureInfo.InvariantCulture, $"<title>{overskrift}</title>\n");
        for (int v = 0; v <= maks; v += trin)
        {
            string y = Y(v, maks);
            h.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Venstre}\" x2=\"{Hoejre}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#e5e5e5\"/><text class=\"akse\" x=\"{Venstre - 5}\" y=\"{y}\" dy=\"4\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">{v} %</text>\n");
        }

        for (int m = 0; m < prognose.Count; m++)
        {
            var maaned = prognose[m].Maaned;
            string etiket = s_maanedsnavne[maaned.Month - 1][..3];
            h.Append(CultureInfo.InvariantCulture, $"<text x=\"{Xn(m, prognose.Count)}\" y=\"{Bund + 15}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">{etiket}<title>{Maanedstekst(maaned)}</title></text>");
        }

        h.Append('\n');
        Vandret(h, new Graflinje(r.Regler.Fm1GraensePct, Fm1Farve, Graensestreg, "grænse for fokusmål 1"), maks);
        Vandret(h, new Graflinje(r.Regler.Fm2GraensePct, Fm2Farve, Graensestreg, "grænse for fokusmål 2"), maks);
        Prognosekurve(h, prognose, fm1, maks, Fm1Farve, "fm1");
        Prognosekurve(h, prognose, fm2, maks, Fm2Farve, "fm2");
        h.Append("</svg>");
    }

    private static void Prognosekurve(StringBuilder h, List<Prognoseraekke> prognose, decimal?[] vaerdier, decimal maks, string farve, string klasse)
    {
        // A month without målgruppe has no share: the curve breaks there instead of drawing through zero.
        var sti = new StringBuilder();
        bool tegner = false;
        for (int m = 0; m < vaerdier.Length; m++)
        {
            if (vaerdier[m] is not { } v)
            {
                tegner = false;
                continue;
            }

            sti.Append(tegner ? " L" : " M").Append(Xn(m, vaerdier.Length)).Append(',').Append(Y(v, maks));
            tegner = true;
        }

        if (sti.Length > 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<path class=\"{klasse}\" d=\"{sti.ToString().TrimStart()}\" fill=\"none\" stroke=\"{farve}\" stroke-width=\"2\"/>\n");
        }

        for (int m = 0; m < vaerdier.Length; m++)
        {
            if (vaerdier[m] is { } v)
            {
                h.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Xn(m, vaerdier.Length)}\" cy=\"{Y(v, maks)}\" r=\"3\" fill=\"{farve}\"><title>{Maanedstekst(prognose[m].Maaned)}: {Tal(v)} %</title></circle>");
            }
        }

        h.Append('\n');
    }

    /// <summary>The x of month <paramref name="m"/> of <paramref name="antal"/> spread over the chart's width; a single month in the middle.</summary>
    private static string Xn(int m, int antal) =>
        (antal == 1 ? (Venstre + Hoejre) / 2m : Venstre + 12 + (m * (Hoejre - Venstre - 24) / (decimal)(antal - 1))).ToString("0.#", CultureInfo.InvariantCulture);
}
