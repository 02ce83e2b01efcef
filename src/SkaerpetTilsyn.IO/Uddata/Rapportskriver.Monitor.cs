using System.Globalization;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    private static readonly string[] s_maanedsnavne =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static void Skriv(string sti, Monitorresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        SkrivHtml(sti, Html(resultat));
    }

    /// <summary>The monitoring page as text: kommuner at risk and under administration first, then per kommune its rolling fokusmål and recovery plan.</summary>
    public static string Html(Monitorresultat r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string til = Maanedstekst(r.Til);
        var h = new StringBuilder();
        Hoved(h, $"Skærpet tilsyn – overvågning til og med {til}");
        h.Append(CultureInfo.InvariantCulture, $"<h1>Skærpet tilsyn – overvågning til og med {til}</h1>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Regeltekst(r.Regler)} Fokusmålene er rullende 12 mdr.: hver måned viser fokusmålene over de 12 måneder, der slutter med den, efter samme regel som årstallet (i december er de lig årets opgørelse). Andelene med tilbud og samtaler er månedens andel; genopretningsplanen regner med årstallet år til dato.</p>\n");

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
            ("bag deres seneste milepæl", r.BagMilepaele.Count()),
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
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Ingen kommuner er i risiko eller under administration i {Maanedstekst(r.Til)}.</p>\n");
            Milepaele(h, r);
            h.Append("</section>\n");
            return;
        }

        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Tallene er for {Maanedstekst(r.Til)}. Klik på en kolonneoverskrift for at sortere.</p>\n");
        h.Append("<div class=\"rulle\">\n<table id=\"opmaerksomhedstabel\" class=\"sorterbar\">\n<thead><tr>");
        foreach (var (navn, tal) in new[]
        {
            ("Kommune", true), ("Navn", false), ("Status", false), ("Risiko", false), ("Resultatmål", false),
            ($"Fokusmål 1, rullende 12 mdr. (grænse {Tal(r.Regler.Fm1GraensePct)} %)", true), ($"Fokusmål 2, rullende 12 mdr. (grænse {Tal(r.Regler.Fm2GraensePct)} %)", true),
            ($"Med tilbud, månedens andel (krav {Tal(r.Regler.AdmMinTilbudPct)} %)", true), ($"Med {r.Regler.MinSamtaler} samtaler, månedens andel (krav {Tal(r.Regler.AdmMinSamtalerPct)} %)", true),
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

        h.Append("</tbody>\n</table>\n</div>\n");
        Milepaele(h, r);
        h.Append("</section>\n");
    }

    /// <summary>The kommuner that missed their latest milestone (SPEC §11.5), with the rolling figures against the targets.</summary>
    private static void Milepaele(StringBuilder h, Monitorresultat r)
    {
        if (!r.Raekker.Any(x => x.Milepael is not null))
        {
            return;
        }

        var bag = r.BagMilepaele.ToList();
        h.Append("<h3 id=\"milepaele\">Kommuner bag deres seneste milepæl</h3>\n");
        if (bag.Count == 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Alle kommuner med milepæle i {r.Til.Year.ToString(CultureInfo.InvariantCulture)} har nået deres seneste milepæl til og med {Maanedstekst(r.Til)}.</p>\n");
            return;
        }

        h.Append("<p class=\"note\">Genopretningsplanens seneste milepæl til og med måneden er ikke nået: et rullende fokusmål over sit mål.</p>\n");
        h.Append("<div class=\"rulle\">\n<table id=\"milepaelstabel\" class=\"sorterbar\">\n<thead><tr>");
        foreach (var (navn, tal) in new[]
        {
            ("Kommune", true), ("Navn", false), ("Status", false), ("Milepælens måned", false),
            ("Fokusmål 1, rullende 12 mdr.", true), ("Mål for fokusmål 1", true), ("Fokusmål 2, rullende 12 mdr.", true), ("Mål for fokusmål 2", true),
        })
        {
            h.Append(tal ? "<th data-type=\"tal\">" : "<th>").Append(Esc(navn)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var x in bag)
        {
            var m = x.Milepael!;
            h.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"tal\">{x.Kommune}</td><td><a href=\"#graf-{x.Kommune}\">{Esc(x.Navn)}</a></td><td>{Status(x.Status)}</td><td>{Maanedstekst(x.Maaned)}</td>");
            Maalceller(h, x.Fm1, m.Fm1Maal);
            Maalceller(h, x.Fm2, m.Fm2Maal);
            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>A rolling figure and its target, the figure marked by whether it is at most the target.</summary>
    private static void Maalceller(StringBuilder h, Brok? figur, decimal? maal)
    {
        string klasse = maal is not { } g ? "" : figur is { } f && f > Brok.Fra(g) ? " ikke" : " ok";
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal{klasse}\" data-v=\"{Formater.Procent(figur)}\">{(figur is { } v ? Procentformat.Dansk(v) : "–")}</td>");
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{Formater.Procent(maal)}\">{(maal is { } d ? Procentformat.Dansk(Brok.Fra(d)) : "–")}</td>");
    }

    private static void Kommuner(StringBuilder h, Monitorresultat r, List<Monitorraekke> sidste, ILookup<int, Genopretningsplan> planer)
    {
        h.Append("<section id=\"kommuner\">\n<h2>Kommunerne måned for måned</h2>\n");
        h.Append("<p class=\"note\">Kommuner i risiko og under administration står først, derefter kommuner under skærpet tilsyn, så de øvrige. Graferne viser de rullende 12 mdr. Under grafen står genopretningsplanen: hvor højt gennemsnittet af de månedlige andele højst må være i resten af året, for at fokusmålet nås ved næste opgørelse, og for en kommune under skærpet tilsyn, hvad der skal til for at blive forlænget (§ 11).</p>\n");
        var linjer = new List<(string, string)>();
        if (r.Planer.Any(p => p.Forlaengelse is not null))
        {
            linjer.Add((Stregprove(Forlaengelsesstreg), "§ 11-grænse for kommuner under skærpet tilsyn (halv forbedring)"));
        }

        if (r.Raekker.Any(x => x.Milepael is not null))
        {
            linjer.Add((Maerkeprove(), "milepæl (mål for det rullende fokusmål)"));
        }

        Forklaring(h, "rullende 12 mdr.", [.. linjer]);

        h.Append("<div class=\"grafer\">\n");
        var orden = sidste
            .OrderBy(x => x.Risiko || x.Status == Tilsynsstatus.Administration ? 0 : x.Status != Tilsynsstatus.Ingen ? 1 : 2)
            .ThenBy(x => x.Kommune);
        var raekker = r.Raekker.ToLookup(x => x.Kommune);
        foreach (var x in orden)
        {
            var fm1 = new decimal?[12];
            var fm2 = new decimal?[12];
            var maerker = new List<Grafmaerke>();
            foreach (var m in raekker[x.Kommune])
            {
                fm1[m.Maaned.Month - 1] = m.Fm1?.Afrund(2);
                fm2[m.Maaned.Month - 1] = m.Fm2?.Afrund(2);
                if (m.Milepael is { Fm1Maal: { } maal1 })
                {
                    maerker.Add(new Grafmaerke(m.Maaned.Month, maal1, Fm1Farve, $"milepæl for fokusmål 1 i {Maanedstekst(m.Maaned)}"));
                }

                if (m.Milepael is { Fm2Maal: { } maal2 })
                {
                    maerker.Add(new Grafmaerke(m.Maaned.Month, maal2, Fm2Farve, $"milepæl for fokusmål 2 i {Maanedstekst(m.Maaned)}"));
                }
            }

            string tilstand = Status(x.Status) + (x.Risiko ? ", i risiko" : "");
            string titel = $"{x.Kommune} {x.Navn}: rullende fokusmål 1 {Procenttekst(x.Fm1)}, fokusmål 2 {Procenttekst(x.Fm2)} i {Maanedstekst(r.Til)}";
            var graenser = planer[x.Kommune]
                .Where(p => p.Forlaengelse is not null)
                .Select(p => new Graflinje(
                    p.Forlaengelse!.Graense.Afrund(2), p.Fokusmaal == Fokusmaal.Fm1 ? Fm1Farve : Fm2Farve, Forlaengelsesstreg, $"§ 11-grænse for {Fokusmaalnavn(p.Fokusmaal).ToLowerInvariant()}"))
                .ToList();
            Graf(h, x.Kommune, $"{x.Kommune} {Esc(x.Navn)} – {tilstand}", titel, fm1, fm2, r.Regler, graenser, maerker);

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

    /// <summary>One plan in Danish sentences; the numbers are those of <c>plan.csv</c>.</summary>
    private static string Plantekst(Genopretningsplan p, Regelsaet regler)
    {
        string maaned = Maanedstekst(p.MaaltTil);
        string graense = $"{Tal(regler.GraensePct(p.Fokusmaal))} %";
        string fejler = p.Fokusmaal == Fokusmaal.Fm1 ? "uden indsats" : "med få samtaler";
        string aarHidtil = $"år til dato er årstallet {Procenttekst(p.AarstalHidtil)}";
        string nu = p.NuvaerendeAndel is { } a
            ? $"I {maaned} var {Procenttekst(a)} af målgruppen {fejler} (månedens andel); {aarHidtil}. "
            : $"I {maaned} var der ingen målgruppe; {aarHidtil}. ";
        string handling = p.Fokusmaal == Fokusmaal.Fm1
            ? $"skal have et tilbud eller {Tal(regler.MinTimer)} timers arbejde"
            : $"skal have mindst {regler.MinSamtaler} samtaler";
        return nu + Maaltekst(p, graense, maaned, handling) + (p.Forlaengelse is { } f ? " " + Forlaengelsestekst(p, f, maaned, handling) : "");
    }

    private static string Maaltekst(Genopretningsplan p, string graense, string maaned, string handling)
    {
        if (p.MaksAndelResten is not { } maks)
        {
            string opfyldt = p.KanNaas ? "nås" : "nås ikke";
            return p.ResterendeMaaneder == 0
                ? $"Året er målt færdigt, og fokusmålet {opfyldt} (grænse {graense})."
                : $"Uden målgruppe i {maaned} kan resten af året ikke flytte årstallet, og fokusmålet {opfyldt} (grænse {graense}).";
        }

        if (!p.KanNaas)
        {
            string fejler = p.Fokusmaal == Fokusmaal.Fm1 ? "uden indsats" : "med få samtaler";
            return $"Fokusmålet kan ikke længere nås i {p.MaaltTil.Year}: selv hvis ingen er {fejler} i de {p.ResterendeMaaneder} resterende måneder, bliver årstallet mindst {graense}.";
        }

        string krav = $"For at nå fokusmålet skal andelen i gennemsnit over de {p.ResterendeMaaneder} resterende måneder være under {Procenttekst(maks)}";
        return krav + Personertekst(p.PersonerPrMaaned, p.Maalgruppe, maaned, handling);
    }

    /// <summary>SPEC §11.4: what the kommune under skærpet tilsyn must keep to be extended rather than put under administration.</summary>
    private static string Forlaengelsestekst(Genopretningsplan p, Forlaengelsesplan f, string maaned, string handling)
    {
        string graense = $"{(f.Inklusiv ? "højst" : "under")} {Procenttekst(f.Graense)}";
        if (f.MaksAndelResten is not { } maks)
        {
            return f.KanForlaenges
                ? $"Årstallet holder § 11-grænsen ({graense}), så tilsynet kan forlænges."
                : $"Årstallet holder ikke § 11-grænsen ({graense}), så tilsynet kan ikke forlænges.";
        }

        if (!f.KanForlaenges)
        {
            return $"For at blive forlænget skal årstallet være {graense} (§ 11), men det kan ikke længere nås i {p.MaaltTil.Year}.";
        }

        string krav = f.Inklusiv
            ? $"For at blive forlænget skal andelen resten af året højst være {Procenttekst(maks)} i gennemsnit (§ 11-grænse {graense})"
            : $"For at blive forlænget skal andelen resten af året være under {Procenttekst(maks)} i gennemsnit (§ 11-grænse {graense})";
        return krav + Personertekst(f.PersonerPrMaaned, p.Maalgruppe, maaned, handling);
    }

    private static string Personertekst(int? personer, int maalgruppe, string maaned, string handling) => personer switch
    {
        null => ".",
        0 => $"; det holder allerede ved niveauet i {maaned}.",
        int n => $": ved målgruppen på {maalgruppe} personer betyder det, at ca. {n} flere personer pr. måned end i {maaned} {handling}.",
    };

    private static void Andelscelle(StringBuilder h, Brok? v)
    {
        string? p = Formater.Procent(v);
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{p}\">{(v is { } b ? Procentformat.Dansk(b) : "–")}</td>");
    }

    private static string Fokusmaalnavn(Fokusmaal f) => f == Fokusmaal.Fm1 ? "Fokusmål 1 (uden indsats)" : "Fokusmål 2 (få samtaler)";

    private static string Maanedstekst(YearMonth m) => $"{s_maanedsnavne[m.Month - 1]} {m.Year.ToString(CultureInfo.InvariantCulture)}";
}
