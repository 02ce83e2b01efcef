using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    /// <summary>The most causes of rejection shown per file.</summary>
    private const int VisteAarsager = 3;

    /// <summary>The hex digits of an input's SHA-256 shown, enough to tell two extracts apart at a glance.</summary>
    private const int VisteHashcifre = 12;

    /// <summary>
    /// SPEC §9.6: the section every report begins with — the data period, each input's counts, rejected share and most common causes, every
    /// warning, the program version, the rule set(s) and the inputs' hashes — so a report on a bad extract never looks as sure as one on a good one.
    /// </summary>
    private static void Datagrundlag(StringBuilder h, Indlaesningsrapport inddata, params Regelsaet[] regler)
    {
        h.Append("<section id=\"datagrundlag\">\n<h2>Datagrundlag</h2>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Data fra {Dato(inddata.Periode.Start)} til og med {Dato(inddata.Periode.Slut)}. ");
        h.Append(CultureInfo.InvariantCulture, $"Program skaerpet {Esc(Koerselsskriver.Version)}, regelsæt {Esc(string.Join(", ", regler.Select(r => r.Navn)))}.</p>\n");
        if (inddata.Advarsler.Count > 0)
        {
            h.Append("<ul class=\"advarsler\">\n");
            foreach (string advarsel in inddata.Advarsler)
            {
                h.Append(CultureInfo.InvariantCulture, $"<li>Advarsel: {Esc(advarsel)}</li>\n");
            }

            h.Append("</ul>\n");
        }

        h.Append("<div class=\"rulle\">\n<table id=\"datagrundlagstabel\">\n<thead><tr class=\"inddata\">");
        foreach (var (navn, tal) in new[]
        {
            ("Fil", false), ("Læst", true), ("Brugt", true), ("Afvist", true), ("Dubletter", true), ("Andel afvist", true),
            ("Hyppigste årsager til afvisning", false), ("SHA-256", false),
        })
        {
            h.Append(tal ? "<th data-type=\"tal\">" : "<th>").Append(Esc(navn)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var f in inddata.Filer)
        {
            var aarsager = Afvisningsaarsag.For(inddata.Afviste, f.Navn)
                .Take(VisteAarsager)
                .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Art} ({DanskeTal.Heltal(a.Antal)}, første i linje {a.FoersteLinje})"));
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"inddata\"><td>{Esc(f.Navn)}</td>");
            foreach (long v in new[] { f.Laest, f.Brugt, f.Afvist, f.Dubletter })
            {
                h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\">{DanskeTal.Heltal(v)}</td>");
            }

            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\">{(f.Laest == 0 ? "" : DanskeTal.Andel(f.Afvist, f.Laest))}</td>");
            h.Append(CultureInfo.InvariantCulture, $"<td>{Esc(string.Join("; ", aarsager))}</td><td><code>{f.Sha256[..VisteHashcifre]}</code></td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string Dato(LocalDate? d) => d is { } v ? LocalDatePattern.Iso.Format(v) : "(ingen datoer)";
}
