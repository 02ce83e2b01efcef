using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes the output files of <c>monitor</c> (SPEC §7) but <c>koersel.json</c>, and its machine-readable summary.</summary>
internal static class Monitorskriver
{
    /// <summary>Writes the outputs into the existing folder <paramref name="udMappe"/>, the tables as the files of <paramref name="d"/>.</summary>
    public static void Skriv(string udMappe, Monitorresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        SkrivAlleTabeller(udMappe, resultat, inddata, d);
        Rapportskriver.Skriv(Path.Combine(udMappe, "rapport.html"), resultat);
    }

    /// <summary>Writes every table of the run: <c>monitor.csv</c>, <c>plan.csv</c> and <c>afviste.csv</c>.</summary>
    public static void SkrivAlleTabeller(string udMappe, Monitorresultat resultat, Indlaesningsrapport inddata, CsvDialekt d)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(inddata);
        SkrivMonitor(Path.Combine(udMappe, "monitor.csv"), resultat, d);
        SkrivPlan(Path.Combine(udMappe, "plan.csv"), resultat, d);
        AfvisteSkriver.Skriv(Path.Combine(udMappe, "afviste.csv"), inddata.Afviste, d);
    }

    /// <summary>The summary of the last month as JSON: the kommuner at risk, those under administration failing the minimumskrav, and those behind their latest milestone.</summary>
    public static string JsonOpsummering(Monitorresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        using var stream = new MemoryStream();
        // Relaxed escaping keeps kommune names such as København readable to a person reading the job's log.
        var valg = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, valg))
        {
            json.WriteStartObject();
            json.WriteString("til", Formater.Maaned(resultat.Til));
            json.WriteString("regelsaet", resultat.Regler.Navn);
            json.WriteStartArray("risiko");
            foreach (var r in resultat.SidsteMaaned.Where(r => r.Risiko))
            {
                json.WriteStartObject();
                json.WriteNumber("kommune", r.Kommune);
                json.WriteString("navn", r.Navn);
                SkrivProcent(json, "fm1_12m", Formater.Procent(r.Fm1));
                SkrivProcent(json, "fm2_12m", Formater.Procent(r.Fm2));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("minimumskrav_ikke_opfyldt");
            foreach (var r in resultat.SidsteMaaned.Where(r => r.MinimumskravOpfyldt == false))
            {
                json.WriteStartObject();
                json.WriteNumber("kommune", r.Kommune);
                json.WriteString("navn", r.Navn);
                SkrivProcent(json, "andel_med_tilbud", Formater.Procent(r.AndelMedTilbud));
                SkrivProcent(json, "andel_4_samtaler", Formater.Procent(r.AndelFireSamtaler));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("milepael_ikke_naaet");
            foreach (var r in resultat.BagMilepaele)
            {
                json.WriteStartObject();
                json.WriteNumber("kommune", r.Kommune);
                json.WriteString("navn", r.Navn);
                json.WriteString("maaned", Formater.Maaned(r.Maaned));
                SkrivProcent(json, "fm1_12m", Formater.Procent(r.Fm1));
                SkrivProcent(json, "fm1_milepael", Formater.Procent(r.Milepael!.Fm1Maal));
                SkrivProcent(json, "fm2_12m", Formater.Procent(r.Fm2));
                SkrivProcent(json, "fm2_milepael", Formater.Procent(r.Milepael.Fm2Maal));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void SkrivProcent(Utf8JsonWriter json, string navn, string? procent)
    {
        // Written as a JSON number with exactly the two decimals of the CSV, so no reader sees a binary rounding of it.
        if (procent is null)
        {
            json.WriteNull(navn);
        }
        else
        {
            json.WritePropertyName(navn);
            json.WriteRawValue(procent);
        }
    }

    private static void SkrivMonitor(string sti, Monitorresultat resultat, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d, ud =>
    {
        ud.Raekke(
            "kommune", "navn", "maaned", "fm1_12m", "fm2_12m", "fm1_opfyldt", "fm2_opfyldt", "resultatmaal_opfyldt",
            "status", "risiko", "andel_med_tilbud", "andel_4_samtaler", "minimumskrav_opfyldt", "fm1_milepael", "fm2_milepael", "milepael_naaet");
        foreach (var r in resultat.Raekker)
        {
            ud.Raekke(
                Formater.Heltal(r.Kommune),
                r.Navn,
                Formater.Maaned(r.Maaned),
                Formater.Procent(r.Fm1),
                Formater.Procent(r.Fm2),
                Formater.JaNej(r.Fm1Opfyldt),
                Formater.JaNej(r.Fm2Opfyldt),
                r.ResultatmaalOpfyldt is { } rm ? Formater.JaNej(rm) : null,
                Koder.Kode(r.Status),
                Formater.JaNej(r.Risiko),
                Formater.Procent(r.AndelMedTilbud),
                Formater.Procent(r.AndelFireSamtaler),
                r.MinimumskravOpfyldt is { } mk ? Formater.JaNej(mk) : null,
                Formater.Procent(r.Milepael?.Fm1Maal),
                Formater.Procent(r.Milepael?.Fm2Maal),
                r.MilepaelNaaet is { } mn ? Formater.JaNej(mn) : null);
        }
    });

    private static void SkrivPlan(string sti, Monitorresultat resultat, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d, ud =>
    {
        var status = resultat.SidsteMaaned.ToDictionary(r => r.Kommune, r => r.Status);
        ud.Raekke(
            "kommune", "navn", "status", "fokusmaal", "maalt_til", "maaneder_maalt", "resterende_maaneder", "aarstal_hidtil",
            "nuvaerende_andel", "maks_andel_resten", "maalgruppe", "personer_pr_maaned", "kan_naas",
            "graense_forlaengelse", "maks_andel_resten_forlaengelse", "personer_pr_maaned_forlaengelse", "kan_forlaenges");
        foreach (var p in resultat.Planer)
        {
            // A bound at or below zero is no share anyone can reach; kan_naas = nej says it, so the column stays empty.
            ud.Raekke(
                Formater.Heltal(p.Kommune),
                Kommuneliste.Navn(p.Kommune),
                Koder.Kode(status[p.Kommune]),
                Koder.Kode(p.Fokusmaal),
                Formater.Maaned(p.MaaltTil),
                Formater.Heltal(p.MaanederMaalt),
                Formater.Heltal(p.ResterendeMaaneder),
                Formater.Procent(p.AarstalHidtil),
                Formater.Procent(p.NuvaerendeAndel),
                p.KanNaas ? Formater.Procent(p.MaksAndelResten) : null,
                Formater.Heltal(p.Maalgruppe),
                p.PersonerPrMaaned is { } n ? Formater.Heltal(n) : null,
                Formater.JaNej(p.KanNaas),
                Formater.Procent(p.Forlaengelse?.Graense),
                p.Forlaengelse is { KanForlaenges: true } f ? Formater.Procent(f.MaksAndelResten) : null,
                p.Forlaengelse is { KanForlaenges: true, PersonerPrMaaned: { } fn } ? Formater.Heltal(fn) : null,
                p.Forlaengelse is { } fl ? Formater.JaNej(fl.KanForlaenges) : null);
        }
    });
}
