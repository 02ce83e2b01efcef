using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Dokumenter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>koersel.json</c>: program version, command, every option that changes an output byte, rule set(s), every input file's SHA-256 and row counts, and the run's warnings (SPEC §7, §9.2, §9.4).</summary>
/// <remarks>No clock time or machine name: the same input must give a byte-identical file. <see cref="Koerselsmappe"/> compares it to tell a rerun from another run.</remarks>
internal static class Koerselsskriver
{
    public static string Version { get; } =
        typeof(Koerselsskriver).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "ukendt";

    /// <summary>The record of an <c>opgoerelse</c> run: the data year, the meddelelse its deadlines follow from, the CSV dialect, the tables' format, the documents and the rule set.</summary>
    /// <remarks>With <paramref name="dokumenter"/> it records the sample size, the seed (null: the default per kommune) and the template by name and SHA-256 (null: the built-in letter), since each changes the documents' bytes (SPEC §9.4).</remarks>
    public static void SkrivOpgoerelse(
        string sti, int aar, LocalDate meddelelse, bool excel, Uddataformat format, Dokumentvalg? dokumenter, Regelsaet regler, Indlaesningsrapport inddata, string? noegleId) =>
        Skriv(sti, "opgoerelse", inddata, noegleId, json =>
        {
            json.WriteNumber("aar", aar);
            json.WriteString("meddelelse", Formater.Dato(meddelelse));
            json.WriteBoolean("excel", excel);
            json.WriteString("format", Uddataformater.Navn(format));
            json.WriteBoolean("dokumenter", dokumenter is not null);
            if (dokumenter is not null)
            {
                json.WriteNumber("stikproeve", dokumenter.Stikproeve);
                if (dokumenter.Seed is { } seed)
                {
                    json.WriteNumber("seed", seed);
                }
                else
                {
                    json.WriteNull("seed");
                }

                if (dokumenter.Skabelon is { } skabelon)
                {
                    json.WriteStartObject("skabelon");
                    json.WriteString("navn", Path.GetFileName(skabelon));
                    json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(skabelon))));
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("skabelon");
                }
            }

            SkrivRegelsaet(json, "regelsaet", regler);
        });

    /// <summary>The record of a <c>monitor</c> run up to and including <paramref name="til"/>, with the tables' format.</summary>
    public static void SkrivMonitor(string sti, YearMonth til, Uddataformat format, Regelsaet regler, Indlaesningsrapport inddata, string? noegleId) =>
        Skriv(sti, "monitor", inddata, noegleId, json =>
        {
            json.WriteString("til", Formater.Maaned(til));
            json.WriteString("format", Uddataformater.Navn(format));
            SkrivRegelsaet(json, "regelsaet", regler);
        });

    /// <summary>The record of an <c>arbejdsliste</c> run: the horizon, C, the kommuner asked for (null: all), the tables' format and the rule set.</summary>
    public static void SkrivArbejdsliste(string sti, Arbejdslisteresultat resultat, Uddataformat format, Indlaesningsrapport inddata, string? noegleId) =>
        Skriv(sti, "arbejdsliste", inddata, noegleId, json =>
        {
            json.WriteString("fra", Formater.Maaned(resultat.Horisont.Fra));
            json.WriteNumber("horisont", resultat.Horisont.Antal);
            json.WriteString("kendt_til", Formater.Dato(resultat.KendtTil));
            if (resultat.Kommuner is { } kommuner)
            {
                json.WriteStartArray("kommune");
                foreach (int k in kommuner)
                {
                    json.WriteNumberValue(k);
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteNull("kommune");
            }

            json.WriteString("format", Uddataformater.Navn(format));
            SkrivRegelsaet(json, "regelsaet", resultat.Regler);
        });

    /// <summary>The record of a <c>diff</c> run: the data year, the tables' format and both rule sets.</summary>
    public static void SkrivDiff(string sti, int aar, Uddataformat format, Regelsaet a, Regelsaet b, Indlaesningsrapport inddata, string? noegleId) =>
        Skriv(sti, "diff", inddata, noegleId, json =>
        {
            json.WriteNumber("aar", aar);
            json.WriteString("format", Uddataformater.Navn(format));
            SkrivRegelsaet(json, "regelsaet_a", a);
            SkrivRegelsaet(json, "regelsaet_b", b);
        });

    /// <summary>The record of a <c>historik</c> run: the years, the CSV dialect, and the plan (both with <c>--mod</c>) with every rule set it uses in those years.</summary>
    public static void SkrivHistorik(string sti, Historikresultat resultat, bool excel, Uddataformat format, Indlaesningsrapport inddata, string? noegleId) =>
        Skriv(sti, "historik", inddata, noegleId, json =>
        {
            json.WriteNumber("fra", resultat.Fra);
            json.WriteNumber("til", resultat.Til);
            json.WriteBoolean("excel", excel);
            json.WriteString("format", Uddataformater.Navn(format));
            if (resultat.B is { } b)
            {
                SkrivPlan(json, "regelplan_a", resultat.A.Plan, resultat.Fra, resultat.Til);
                SkrivPlan(json, "regelplan_b", b.Plan, resultat.Fra, resultat.Til);
            }
            else
            {
                SkrivPlan(json, "regelplan", resultat.A.Plan, resultat.Fra, resultat.Til);
            }
        });

    /// <summary>Writes the record; <paramref name="noegleId"/> is the pseudonymisation key's fingerprint, or null when the outputs hold raw ids.</summary>
    private static void Skriv(string sti, string kommando, Indlaesningsrapport inddata, string? noegleId, Action<Utf8JsonWriter> parametre)
    {
        ArgumentNullException.ThrowIfNull(inddata);
        AtomiskSkrivning.Skriv(sti, stream =>
        {
            // Relaxed escaping keeps the Danish warnings readable to a person opening the file.
            var valg = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using var json = new Utf8JsonWriter(stream, valg);
            json.WriteStartObject();
            json.WriteString("program", "skaerpet");
            json.WriteString("version", Version);
            json.WriteString("kommando", kommando);
            parametre(json);
            if (noegleId is not null)
            {
                json.WriteBoolean("pseudonymiseret", true);
                json.WriteString("noegle_id", noegleId);
            }

            if (inddata.Database is { } database)
            {
                SkrivDatabase(json, database);
            }

            json.WriteStartArray("filer");
            foreach (var f in inddata.Filer)
            {
                json.WriteStartObject();
                json.WriteString("navn", f.Navn);
                json.WriteString("sha256", f.Sha256);
                json.WriteNumber("laest", f.Laest);
                json.WriteNumber("brugt", f.Brugt);
                json.WriteNumber("afvist", f.Afvist);
                json.WriteNumber("dubletter", f.Dubletter);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // SPEC §9.2: what the run warned about stays with its outputs.
            json.WriteStartArray("advarsler");
            foreach (string advarsel in inddata.Advarsler)
            {
                json.WriteStringValue(advarsel);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>SPEC §13.2: where the tables were read, as whom, and the server's version; each table is then one of <c>filer</c>, named <c>S.tabel</c> with its row count and the SHA-256 of its canonical rows.</summary>
    private static void SkrivDatabase(Utf8JsonWriter json, Postgres.Databaseoplysninger database)
    {
        json.WriteStartObject("database");
        json.WriteString("server", "postgresql");
        json.WriteString("serverversion", database.Serverversion);
        json.WriteString("vaert", database.Vaert);
        json.WriteNumber("port", database.Port);
        json.WriteString("database", database.Database);
        json.WriteString("bruger", database.Bruger);
        json.WriteString("skema", database.Skema);
        json.WriteEndObject();
    }

    // Only the years run: a plan's other years change no output byte.
    private static void SkrivPlan(Utf8JsonWriter json, string navn, Regelplan plan, int fra, int til)
    {
        json.WriteStartObject(navn);
        json.WriteString("navn", plan.Navn);
        json.WriteStartObject("aar");
        var brugte = new List<string>();
        for (int y = fra; y <= til; y++)
        {
            var p = plan[y];
            json.WriteStartObject(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("regler", p.Regler.Navn);
            json.WriteString("meddelelse", Formater.Dato(p.Meddelelse));
            json.WriteBoolean("udvaelgelse", p.Udvaelgelse);
            json.WriteEndObject();
            string regelsaet = RegelsaetJson.Skriv(p.Regler);
            if (!brugte.Contains(regelsaet))
            {
                brugte.Add(regelsaet);
            }
        }

        json.WriteEndObject();
        json.WriteStartArray("regelsaet");
        foreach (string r in brugte)
        {
            using var doc = JsonDocument.Parse(r);
            doc.RootElement.WriteTo(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void SkrivRegelsaet(Utf8JsonWriter json, string navn, Regelsaet regler)
    {
        json.WritePropertyName(navn);
        using var doc = JsonDocument.Parse(RegelsaetJson.Skriv(regler));
        doc.RootElement.WriteTo(json);
    }
}
