using System.Globalization;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    private static readonly string[] s_maanedsnavne =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static void Skriv(string sti, Monitorresultat resultat, Indlaesningsrapport inddata)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        SkrivHtml(sti, Html(resultat, inddata));
    }

    /// <summary>The monitoring page as text: kommuner at risk and under administration first, then per kommune its rolling fokusmål and recovery plan.</summary>
    public static string Html(Monitorresultat r, Indlaesningsrapport inddata)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(inddata);
        string til = Maanedstekst(r.Til);
        var h = new StringBuilder();
        Hoved(h, $"Skærpet tilsyn – overvågning til og med {til}");
        h.Append(CultureInfo.InvariantCulture, $"<h1>Skærpet tilsyn – overvågning til og med {til}</h1>\n");
        Datagrundlag(h, inddata, r.Regler);
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Regeltekst(r.Regler)} Tallene er rullende: hver måned viser fokusmålene over de 12 måneder, der slutter med den, efter samme regel som årstallet. I december er de lig årets opgørelse.</p>\n");

        var sidste = r.SidsteMaaned.ToList();
        var planer = r.Planer.ToLookup(p => p.Kommune);
        Opmaerksomhed(h, r, sidste);
        Kommuner(h, r, sidste, planer);
        return Afslut(h);
    }

    private static void Opmaerksomhed(StringBuilder h, Monitorresultat r, List<Monitorraekke> sidste)
    {
        int risiko = sidste.Count(x => x.Risiko);
        int administration = sidste.Count(x => x.Status == Tilsynsstatus.Administration);
        h.Append("<section id=\"opmaerksomhed\">\n<h2>Kommuner i risiko og under administration</h2>\n<ul class=\"noegletal\">\n");
        foreach (var (tekst, antal) in new[]
        {
            ("i risiko for udvælgelse", risiko),
            ("under administration", administration),
            ("under minimumskravene", sidste.Count(x => x.MinimumskravOpfyldt == false)),
            ("under skærpet tilsyn eller forlænget", sidste.Count(x => x.Status is Tilsynsstatus.Skaerpet or Tilsynsstatus.Forlaenget)),
            ("overvåget", sidste.Count),
        })
        {
            h.Append(CultureInfo.InvariantCulture, $"<li><b>{antal}</b>{tekst}</li>\n");
        }

        h.Append("</ul>\n");
        var udvalgte = sidste.Where(x => x.Risiko).Concat(sidste.Where(x => x.Status == Tilsynsstatus.Administration)).ToList();
        if (udvalgte.Count == 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Ingen kommuner er i risiko eller under administration i {Maanedstekst(r.Til)}.</p>\n</section>\n");
            return;
        }

        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Tallene er for {Maanedstekst(r.Til)}. Klik på en kolonneoverskrift for at sortere.</p>\n");
        h.Append("<div class=\"rulle\">\n<table id=\"opmaerksomhedstabel\" class=\"sorterbar\">\n<thead><tr>");
        foreach (var (navn, tal) in new[]
        {
            ("Kommune", true), ("Navn", false), ("Status", false), ("Risiko", false), ("Resultatmål", false),
            ($"Fokusmål 1, 12 mdr. (grænse {Tal(r.Regler.Fm1GraensePct)} %)", true), ($"Fokusmål 2, 12 mdr. (grænse {Tal(r.Regler.Fm2GraensePct)} %)", true),
            ($"Med tilbud (krav {Tal(r.Regler.AdmMinTilbudPct)} %)", true), ($"Med {r.Regler.MinSamtaler} samtaler (krav {Tal(r.Regler.AdmMinSamtalerPct)} %)", true),
            ("Minimumskrav", false),
        })
        {
            h.Append(tal ? "<th data-type=\"tal\">" : "<th>").Append(Esc(navn)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var x in udvalgte)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"tal\">{x.Kommune}</td><td><a href=\"#graf-{x.Kommune}\">{Esc(x.Navn)}</a></td><td>{Status(x.Status)}</td>");
            h.Append(x.Risiko ? "<td class=\"ikke\">ja</td>" : "<td>nej</td>");
            h.Append(x.ResultatmaalOpfyldt switch
            {
                true => "<td class=\"ok\">opfyldt</td>",
                false => "<td class=\"ikke\">ikke opfyldt</td>",
                null => "<td>uden benchmark</td>",
            });
            Fokusmaalcelle(h, x.Fm1, x.Fm1Opfyldt);
            Fokusmaalcelle(h, x.Fm2, x.Fm2Opfyldt);
            Andelscelle(h, x.AndelMedTilbud);
            Andelscelle(h, x.AndelFireSamtaler);
            h.Append(x.MinimumskravOpfyldt switch
            {
                true => "<td class=\"ok\">opfyldt</td>",
                false => "<td class=\"ikke\">ikke opfyldt</td>",
                null => "<td></td>",
            });
            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void Kommuner(StringBuilder h, Monitorresultat r, List<Monitorraekke> sidste, ILookup<int, Genopretningsplan> planer)
    {
        h.Append("<section id=\"kommuner\">\n<h2>Kommunerne måned for måned</h2>\n");
        h.Append("<p class=\"note\">Kommuner i risiko og under administration står først, derefter kommuner under skærpet tilsyn, så de øvrige. Under grafen står genopretningsplanen: hvor højt gennemsnittet af de månedlige andele højst må være i resten af året, for at fokusmålet nås ved næste opgørelse.</p>\n");
        Forklaring(h, "");
        h.Append("<div class=\"grafer\">\n");
        var orden = sidste
            .OrderBy(x => x.Risiko || x.Status == Tilsynsstatus.Administration ? 0 : x.Status != Tilsynsstatus.Ingen ? 1 : 2)
            .ThenBy(x => x.Kommune);
        var raekker = r.Raekker.ToLookup(x => x.Kommune);
        foreach (var x in orden)
        {
            var fm1 = new decimal?[12];
            var fm2 = new decimal?[12];
            foreach (var m in raekker[x.Kommune])
            {
                fm1[m.Maaned.Month - 1] = m.Fm1?.Afrund(2);
                fm2[m.Maaned.Month - 1] = m.Fm2?.Afrund(2);
            }

            string tilstand = Status(x.Status) + (x.Risiko ? ", i risiko" : "");
            string titel = $"{x.Kommune} {x.Navn}: rullende fokusmål 1 {Procenttekst(x.Fm1)}, fokusmål 2 {Procenttekst(x.Fm2)} i {Maanedstekst(r.Til)}";
            Graf(h, x.Kommune, $"{x.Kommune} {Esc(x.Navn)} – {tilstand}", titel, fm1, fm2, r.Regler, null, null);

            // The plan goes inside the kommune's figure, so it moves with its chart when the grid wraps.
            if (planer[x.Kommune].Any())
            {
                Plan(h, r.Regler, planer[x.Kommune]);
            }

            h.Append("</figure>\n");
        }

        h.Append("</div>\n</section>\n");
    }

    private static void Plan(StringBuilder h, Regelsaet regler, IEnumerable<Genopretningsplan> planer)
    {
        h.Append("<ul class=\"plan\">\n");
        foreach (var p in planer)
        {
            h.Append(CultureInfo.InvariantCulture, $"<li class=\"plan\" data-fokusmaal=\"{Koder.Kode(p.Fokusmaal)}\" data-kan-naas=\"{Formater.JaNej(p.KanNaas)}\"><b>{Fokusmaalnavn(p.Fokusmaal)}:</b> {Esc(Plantekst(p, regler))}</li>\n");
        }

        h.Append("</ul>\n");
    }

    /// <summary>One plan as a Danish sentence; the numbers are those of <c>plan.csv</c>.</summary>
    private static string Plantekst(Genopretningsplan p, Regelsaet regler)
    {
        string maaned = Maanedstekst(p.MaaltTil);
        string graense = $"{Tal(regler.GraensePct(p.Fokusmaal))} %";
        string fejler = p.Fokusmaal == Fokusmaal.Fm1 ? "uden indsats" : "med få samtaler";
        string nu = p.NuvaerendeAndel is { } a ? $"I {maaned} var {Procenttekst(a)} af målgruppen {fejler}. " : $"I {maaned} var der ingen målgruppe. ";
        if (p.MaksAndelResten is not { } maks)
        {
            string opfyldt = p.KanNaas ? "nås" : "nås ikke";
            return p.ResterendeMaaneder == 0
                ? $"{nu}Året er målt færdigt: årstallet er {Procenttekst(p.AarstalHidtil)}, og fokusmålet {opfyldt} (grænse {graense})."
                : $"{nu}Uden målgruppe i {maaned} kan resten af året ikke flytte årstallet ({Procenttekst(p.AarstalHidtil)}), og fokusmålet {opfyldt} (grænse {graense}).";
        }

        if (!p.KanNaas)
        {
            return $"{nu}Fokusmålet kan ikke længere nås i {p.MaaltTil.Year}: selv hvis ingen er {fejler} i de {p.ResterendeMaaneder} resterende måneder, bliver årstallet mindst {graense} (årstal hidtil {Procenttekst(p.AarstalHidtil)}).";
        }

        string krav = $"{nu}For at nå fokusmålet skal andelen i gennemsnit over de {p.ResterendeMaaneder} resterende måneder være under {Procenttekst(maks)}";
        string handling = p.Fokusmaal == Fokusmaal.Fm1
            ? $"skal have et tilbud eller {Tal(regler.MinTimer)} timers arbejde"
            : $"skal have mindst {regler.MinSamtaler} samtaler";
        return p.PersonerPrMaaned switch
        {
            null => krav + ".",
            0 => krav + $"; det holder allerede ved niveauet i {maaned}.",
            int n => krav + $": ved målgruppen på {p.Maalgruppe} personer betyder det, at ca. {n} flere personer pr. måned end i {maaned} {handling}.",
        };
    }

    private static void Andelscelle(StringBuilder h, Brok? v)
    {
        string? p = Formater.Procent(v);
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{p}\">{(v is { } b ? Procentformat.Dansk(b) : "–")}</td>");
    }

    private static string Fokusmaalnavn(Fokusmaal f) => f == Fokusmaal.Fm1 ? "Fokusmål 1 (uden indsats)" : "Fokusmål 2 (få samtaler)";

    private static string Maanedstekst(YearMonth m) => $"{s_maanedsnavne[m.Month - 1]} {m.Year.ToString(CultureInfo.InvariantCulture)}";
}
