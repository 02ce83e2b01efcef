using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Dokumenter;

namespace SkaerpetTilsyn.IO.Uddata;

internal static partial class Rapportskriver
{
    /// <summary>The order the page groups decisions in, as the key figures count them with <c>ikke_omfattet</c> last, and each group's heading.</summary>
    private static readonly (Afgoerelsestype Type, string Overskrift)[] s_afgoerelsesgrupper =
    [
        (Afgoerelsestype.Udvalgt, "Udvalgt til skærpet tilsyn"),
        (Afgoerelsestype.Forlaenget, "Forlænget"),
        (Afgoerelsestype.Administration, "Sat under administration"),
        (Afgoerelsestype.FortsatAdministration, "Fortsat under administration"),
        (Afgoerelsestype.Ophoert, "Tilsynet ophører"),
        (Afgoerelsestype.IkkeOmfattet, "Ikke omfattet"),
    ];

    private static readonly Fokusmaal[] s_begge = [Fokusmaal.Fm1, Fokusmaal.Fm2];

    /// <summary>The page as text.</summary>
    public static string Html(Opgoerelsesresultat r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var regler = r.Regler;
        var h = new StringBuilder();
        Hoved(h, string.Create(CultureInfo.InvariantCulture, $"Skærpet tilsyn – opgørelse for {r.Aar}"));
        h.Append(CultureInfo.InvariantCulture, $"<h1>Skærpet tilsyn – opgørelse for datoåret {r.Aar}</h1>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Regeltekst(regler)} Årstallet er {(regler.Gennemsnit == Gennemsnit.Samlet ? "den samlede andel over årets måneder" : "gennemsnittet af de månedlige andele")}.</p>\n");

        Noegletal(h, r);
        var grupper = s_afgoerelsesgrupper
            .Select(g => (g.Overskrift, Afgoerelser: r.Afgoerelser.Where(a => a.Type == g.Type).ToList()))
            .Where(g => g.Afgoerelser.Count > 0)
            .ToList();
        Tabel(h, r, grupper.SelectMany(g => g.Afgoerelser));
        Fristtabel(h, grupper.SelectMany(g => g.Afgoerelser).Where(a => a.Meddelelse is not null));
        Grafer(h, r, grupper);

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

    /// <summary>The decisions and why: figures, resultatmål and, for a kommune under tilsyn, the basis and the § 11 bound beside each fokusmål.</summary>
    private static void Tabel(StringBuilder h, Opgoerelsesresultat r, IEnumerable<Afgoerelse> afgoerelser)
    {
        var regler = r.Regler;
        h.Append("<section id=\"tabel\">\n<h2>Kommunerne</h2>\n");
        h.Append("<p class=\"note\">Kommunerne står efter afgørelse, de ikke omfattede sidst; klik på en kolonneoverskrift for at sortere. "
            + "For en kommune under tilsyn står basis (fokusmålet det år, kommunen blev udvalgt) og grænsen for den halve forbedring (§ 11) ved fokusmålet: "
            + "(basis + grænse) / 2, som må nås, når basis var over grænsen, ellers selve grænsen, som skal underskrides. "
            + "Den afgør kun sagen for en kommune under skærpet tilsyn, hvor den er farvet.</p>\n");
        h.Append("<div class=\"rulle\">\n<table id=\"afgoerelsestabel\" class=\"sorterbar\">\n<thead><tr>");
        int kolonne = 0;
        void Enkel(string navn, bool tal) =>
            h.Append(CultureInfo.InvariantCulture, $"<th rowspan=\"2\" data-kolonne=\"{kolonne++}\"{(tal ? " data-type=\"tal\"" : "")}>{Esc(navn)}</th>");
        Enkel("Kommune", true);
        Enkel("Navn", false);
        Enkel("Afgørelse", false);
        Enkel("Status før", false);

        // The resultatmål's and each fokusmål's figures under a group heading, so the columns stay narrow.
        var grupper = new List<(string Overskrift, string[] Kolonner)> { ("Resultatmål (ydelsesgrad)", ["faktisk", "forventet", "opfyldt"]) };
        foreach (var f in s_begge)
        {
            grupper.Add(($"{Fokusmaalkort(f)} (grænse {Tal(regler.GraensePct(f))} %)", ["årstal", "basis", "§ 11-grænse"]));
        }

        foreach (var (overskrift, underkolonner) in grupper)
        {
            h.Append(CultureInfo.InvariantCulture, $"<th class=\"gruppe\" colspan=\"{underkolonner.Length}\">{Esc(overskrift)}</th>");
        }

        h.Append("</tr>\n<tr>");
        foreach (var (_, underkolonner) in grupper)
        {
            foreach (string navn in underkolonner)
            {
                bool tal = navn != "opfyldt";
                h.Append(CultureInfo.InvariantCulture, $"<th data-kolonne=\"{kolonne++}\"{(tal ? " data-type=\"tal\"" : "")}>{Esc(navn)}</th>");
            }
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var a in afgoerelser)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr data-afgoerelse=\"{Koder.Kode(a.Type)}\">");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\">{a.Kommune}</td><td><a href=\"#graf-{a.Kommune}\">{Esc(a.Navn)}</a></td>");
            h.Append(CultureInfo.InvariantCulture, $"<td><b>{Afgoerelsestekst(a.Type)}</b> ({Esc(a.Hjemmel)})</td><td>{Status(a.StatusFoer.Status)}</td>");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{Esc(a.Benchmark.FaktiskTekst)}\">{Esc(a.Benchmark.FaktiskTekst.Replace('.', ','))}</td>");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal\" data-v=\"{Esc(a.Benchmark.ForventetTekst)}\">{Esc(a.Benchmark.ForventetTekst.Replace('.', ','))}</td>");
            h.Append(a.ResultatmaalOpfyldt ? "<td class=\"ok\">opfyldt</td>" : "<td class=\"ikke\">ikke opfyldt</td>");
            foreach (var f in s_begge)
            {
                Fokusmaalcelle(h, Figur(a, f), f == Fokusmaal.Fm1 ? a.Fm1Opfyldt : a.Fm2Opfyldt);
                Forbedringsceller(h, a, f, regler);
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    /// <summary>The basis and the § 11 bound of one fokusmål; empty cells for a kommune that was not under tilsyn or an inactive fokusmål.</summary>
    private static void Forbedringsceller(StringBuilder h, Afgoerelse a, Fokusmaal f, Regelsaet regler)
    {
        if (a.StatusFoer.Status == Tilsynsstatus.Ingen || !regler.ErAktiv(f))
        {
            h.Append("<td class=\"tal\" data-v=\"\"></td><td class=\"tal\" data-v=\"\"></td>");
            return;
        }

        decimal? basis = a.StatusFoer.Basis(f);
        string basistekst = basis is { } b ? Procentformat.Dansk(Brok.Fra(b)) : "tom";
        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal{(basis is null ? " tom" : "")}\" data-v=\"{Formater.Procent(basis)}\">{basistekst}</td>");

        var (graense, inklusiv) = HalvForbedring.Graense(basis, regler.GraensePct(f));
        string klasse = "";
        string titel = inklusiv ? "højst grænsen" : "under grænsen";
        if (a.StatusFoer.Status == Tilsynsstatus.Skaerpet)
        {
            bool naaet = HalvForbedring.Opnaaet(basis, regler.GraensePct(f), Figur(a, f));
            klasse = naaet ? " ok" : " ikke";
            titel = naaet ? "den halve forbedring er nået" : "den halve forbedring er ikke nået";
        }

        h.Append(CultureInfo.InvariantCulture, $"<td class=\"tal{klasse}\" data-v=\"{Formater.Procent(graense)}\" title=\"{titel}\">{(inklusiv ? "≤" : "<")} {Procentformat.Dansk(graense)}</td>");
    }

    /// <summary>Every deadline of the decisions in a table of its own, so the decision table stays within the page.</summary>
    private static void Fristtabel(StringBuilder h, IEnumerable<Afgoerelse> afgoerelser)
    {
        h.Append("<section id=\"frister\">\n<h2>Frister</h2>\n<p class=\"note\">For hver kommune med en afgørelse (alle undtagen de ikke omfattede): meddelelsen og de frister, den sætter i gang.</p>\n");
        h.Append("<div class=\"rulle\">\n<table id=\"fristtabel\" class=\"sorterbar\">\n<thead><tr>");
        foreach (var navn in new[] { "Kommune", "Navn", "Afgørelse", "Meddelelse", "Redegørelse senest (§\u00a07)", "Genopretning slut (§§\u00a09,\u00a011)", "Minimumskrav fra (§\u00a012)", "Sagsgennemgang senest (§\u00a012)" })
        {
            h.Append(navn == "Kommune" ? "<th data-type=\"tal\">" : "<th>").Append(Esc(navn)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var a in afgoerelser)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"tal\">{a.Kommune}</td><td>{Esc(a.Navn)}</td><td>{Afgoerelsestekst(a.Type)}</td>");
            foreach (var dato in new[] { a.Meddelelse, a.RedegoerelseSenest, a.GenopretningSlut, a.MinimumskravFra, a.SagsgennemgangSenest })
            {
                // The ISO date sorts; the long Danish date reads.
                h.Append(CultureInfo.InvariantCulture, $"<td data-v=\"{Formater.Dato(dato)}\">{DanskTekst.LangDato(dato)}</td>");
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

    private static void Grafer(StringBuilder h, Opgoerelsesresultat r, List<(string Overskrift, List<Afgoerelse> Afgoerelser)> grupper)
    {
        h.Append("<section id=\"grafer\">\n<h2>Fokusmål måned for måned</h2>\n");
        Forklaring(
            h,
            "månedlig andel",
            (Stregprove(Aarstalstreg), "årstal (gennemsnit over de 12 måneder)"),
            (Stregprove(Forlaengelsesstreg), "§ 11-grænse for kommuner under tilsyn (halv forbedring)"));
        h.Append("<div class=\"grupper\">\n");
        foreach (var (overskrift, afgoerelser) in grupper)
        {
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"gruppe\" id=\"gruppe-{Koder.Kode(afgoerelser[0].Type)}\">\n<h3>{overskrift} ({afgoerelser.Count})</h3>\n<div class=\"grafer\">\n");
            foreach (var a in afgoerelser)
            {
                Kommunegraf(h, r, a);
            }

            h.Append("</div>\n</div>\n");
        }

        h.Append("</div>\n</section>\n");
    }

    private static void Kommunegraf(StringBuilder h, Opgoerelsesresultat r, Afgoerelse a)
    {
        var regler = r.Regler;
        var fm1 = new decimal?[12];
        var fm2 = new decimal?[12];
        foreach (var maaned in r.Periode)
        {
            var t = r.Taellere.HentAlle(a.Kommune, r.Taellere.Indeks(maaned));
            fm1[maaned.Month - 1] = t.AndelUdenIndsats?.Afrund(2);
            fm2[maaned.Month - 1] = t.AndelFaaSamtaler?.Afrund(2);
        }

        var linjer = new List<Graflinje>();
        foreach (var f in s_begge)
        {
            if (Figur(a, f) is { } aarstal)
            {
                linjer.Add(new Graflinje(aarstal.Afrund(2), Farve(f), Aarstalstreg, $"årstal for {Fokusmaalnavn(f).ToLowerInvariant()}"));
            }
        }

        bool underTilsyn = a.StatusFoer.Status != Tilsynsstatus.Ingen;
        var grundlag = new List<string>();
        foreach (var f in s_begge)
        {
            if (underTilsyn && regler.ErAktiv(f))
            {
                decimal? basis = a.StatusFoer.Basis(f);
                var (graense, inklusiv) = HalvForbedring.Graense(basis, regler.GraensePct(f));
                linjer.Add(new Graflinje(graense.Afrund(2), Farve(f), Forlaengelsesstreg, $"§ 11-grænse for {Fokusmaalnavn(f).ToLowerInvariant()}"));
                string basistekst = basis is { } b ? Procentformat.Dansk(Brok.Fra(b)) : "tom";
                grundlag.Add($"{Fokusmaalkort(f)}: årstal {Procenttekst(Figur(a, f))}, basis {basistekst}, § 11-grænse {(inklusiv ? "højst" : "under")} {Procentformat.Dansk(graense)}");
            }
        }

        string titel = $"{a.Kommune} {a.Navn}: fokusmål 1 {Procenttekst(a.Fm1)}, fokusmål 2 {Procenttekst(a.Fm2)}";
        Graf(h, a.Kommune, $"{a.Kommune} {Esc(a.Navn)} – {Afgoerelsestekst(a.Type)}", titel, fm1, fm2, regler, linjer, []);
        if (grundlag.Count > 0)
        {
            string udvalgt = a.StatusFoer.UdvalgtAar is { } aar ? string.Create(CultureInfo.InvariantCulture, $", udvalgt ved opgørelsen for {aar}") : "";
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"grundlag\">Status før: {Status(a.StatusFoer.Status)}{udvalgt}. {Esc(string.Join("; ", grundlag))}.</p>\n");
        }

        h.Append("</figure>\n");
    }

    private static Brok? Figur(Afgoerelse a, Fokusmaal f) => f == Fokusmaal.Fm1 ? a.Fm1 : a.Fm2;

    private static string Farve(Fokusmaal f) => f == Fokusmaal.Fm1 ? Fm1Farve : Fm2Farve;

    private static string Fokusmaalkort(Fokusmaal f) => f == Fokusmaal.Fm1 ? "Fokusmål 1" : "Fokusmål 2";

    private static string Afgoerelsestekst(Afgoerelsestype t) => Koder.Tekst(t);
}
