using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    /// <summary>The page as text.</summary>
    public static string Html(Opgoerelsesresultat r, Indlaesningsrapport inddata)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(inddata);
        var regler = r.Regler;
        var h = new StringBuilder();
        Hoved(h, string.Create(CultureInfo.InvariantCulture, $"Skærpet tilsyn – opgørelse for {r.Aar}"));
        h.Append(CultureInfo.InvariantCulture, $"<h1>Skærpet tilsyn – opgørelse for datoåret {r.Aar}</h1>\n");
        Datagrundlag(h, inddata, regler);
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Regeltekst(regler)} Årstallet er {(regler.Gennemsnit == Gennemsnit.Samlet ? "den samlede andel over årets måneder" : "gennemsnittet af de månedlige andele")}.</p>\n");

        Noegletal(h, r);
        Tabel(h, r);
        Grafer(h, r);

        return Afslut(h);
    }

    private static void Noegletal(StringBuilder h, Opgoerelsesresultat r)
    {
        int Antal(params Afgoerelsestype[] typer) => r.Afgoerelser.Count(a => typer.Contains(a.Type));
        h.Append("<section id=\"afgoerelser\">\n<h2>Årets afgørelser</h2>\n<ul class=\"noegletal\">\n");
        foreach (var (tekst, antal) in new[]
        {
            ("udvalgt til skærpet tilsyn", Antal(Afgoerelsestype.Udvalgt)),
            ("forlænget", Antal(Afgoerelsestype.Forlaenget)),
            ("under administration", Antal(Afgoerelsestype.Administration, Afgoerelsestype.FortsatAdministration)),
            ("ophørt", Antal(Afgoerelsestype.Ophoert)),
            ("ikke omfattet", Antal(Afgoerelsestype.IkkeOmfattet)),
        })
        {
            h.Append(CultureInfo.InvariantCulture, $"<li><b>{antal}</b>{tekst}</li>\n");
        }

        h.Append(CultureInfo.InvariantCulture, $"</ul>\n<p class=\"note\">{r.Kommuner.Count} kommuner er opgjort; heraf er {Antal(Afgoerelsestype.FortsatAdministration)} fortsat under administration. Passivsager: {r.Passivsager.Count}.</p>\n</section>\n");
    }

    private static void Tabel(StringBuilder h, Opgoerelsesresultat r)
    {
        h.Append("<section id=\"tabel\">\n<h2>Kommunerne</h2>\n<p class=\"note\">Klik på en kolonneoverskrift for at sortere.</p>\n");
        h.Append("<div class=\"rulle\">\n<table id=\"afgoerelsestabel\" class=\"sorterbar\">\n<thead><tr>");
        foreach (var (navn, tal) in new[]
        {
            ("Kommune", true), ("Navn", false), ("Faktisk ydelsesgrad", true), ("Forventet ydelsesgrad", true), ("Resultatmål", false),
            ($"Fokusmål 1 (grænse {Tal(r.Regler.Fm1GraensePct)} %)", true), ($"Fokusmål 2 (grænse {Tal(r.Regler.Fm2GraensePct)} %)", true),
            ("Status før", false), ("Afgørelse", false), ("Hjemmel", false), ("Meddelelse", false), ("Redegørelse senest", false),
            ("Genopretning slut", false), ("Minimumskrav fra", false), ("Sagsgennemgang senest", false),
        })
        {
            h.Append(tal ? "<th data-type=\"tal\">" : "<th>").Append(Esc(navn)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var a in r.Afgoerelser)
        {
            h.Append("<tr>");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\">{a.Kommune}</td><td>{Esc(a.Navn)}</td>");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{Esc(a.Benchmark.FaktiskTekst)}\">{Esc(a.Benchmark.FaktiskTekst.Replace('.', ','))}</td>");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{Esc(a.Benchmark.ForventetTekst)}\">{Esc(a.Benchmark.ForventetTekst.Replace('.', ','))}</td>");
            h.Append(a.ResultatmaalOpfyldt ? "<td class=\"ok\">opfyldt</td>" : "<td class=\"ikke\">ikke opfyldt</td>");
            Fokusmaalcelle(h, a.Fm1, a.Fm1Opfyldt);
            Fokusmaalcelle(h, a.Fm2, a.Fm2Opfyldt);
            h.Append(CultureInfo.InvariantCulture, $"<td>{Status(a.StatusFoer.Status)}</td><td><b>{Afgoerelsestekst(a.Type)}</b></td><td>{Esc(a.Hjemmel)}</td>");
            foreach (var dato in new[] { a.Meddelelse, a.RedegoerelseSenest, a.GenopretningSlut, a.MinimumskravFra, a.SagsgennemgangSenest })
            {
                h.Append("<td>").Append(Formater.Dato(dato)).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void Fokusmaalcelle(StringBuilder h, Brok? v, bool opfyldt)
    {
        string? p = Formater.Procent(v);
        string klasse = opfyldt ? "ok" : "ikke";
        string tekst = v is { } b ? Procentformat.Dansk(b) : "–";
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal {klasse}\" data-v=\"{p}\" title=\"{(opfyldt ? "opfyldt" : "ikke opfyldt")}\">{tekst}</td>");
    }

    private static void Grafer(StringBuilder h, Opgoerelsesresultat r)
    {
        h.Append("<section id=\"grafer\">\n<h2>Fokusmål måned for måned</h2>\n");
        Forklaring(h, "årstal (gennemsnit over de 12 måneder)");
        h.Append("<div class=\"grafer\">\n");
        foreach (var a in r.Afgoerelser)
        {
            var fm1 = new decimal?[12];
            var fm2 = new decimal?[12];
            foreach (var maaned in r.Periode)
            {
                var t = r.Taellere.HentAlle(a.Kommune, r.Taellere.Indeks(maaned));
                fm1[maaned.Month - 1] = t.AndelUdenIndsats?.Afrund(2);
                fm2[maaned.Month - 1] = t.AndelFaaSamtaler?.Afrund(2);
            }

            string titel = $"{a.Kommune} {a.Navn}: fokusmål 1 {Procenttekst(a.Fm1)}, fokusmål 2 {Procenttekst(a.Fm2)}";
            Graf(h, a.Kommune, $"{a.Kommune} {Esc(a.Navn)} – {Afgoerelsestekst(a.Type)}", titel, fm1, fm2, r.Regler, a.Fm1, a.Fm2);
            h.Append("</figure>\n");
        }

        h.Append("</div>\n</section>\n");
    }

    private static string Afgoerelsestekst(Afgoerelsestype t) => Koder.Tekst(t);
}
