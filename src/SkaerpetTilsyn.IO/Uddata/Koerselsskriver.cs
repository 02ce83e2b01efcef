using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Dokumenter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>koersel.json</c>: program version, command, every option that changes an output byte, rule set(s) and every input file's SHA-256 and row counts (SPEC §7, §9.4).</summary>
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

    /// <summary>The record of a <c>diff</c> run: the data year, the tables' format and both rule sets.</summary>
    public static void SkrivDiff(string sti, int aar, Uddataformat format, Regelsaet a, Regelsaet b, Indlaesningsrapport inddata, string? noegleId) =>
        Skriv(sti, "diff", inddata, noegleId, json =>
        {
            json.WriteNumber("aar", aar);
            json.WriteString("format", Uddataformater.Navn(format));
            SkrivRegelsaet(json, "regelsaet_a", a);
            SkrivRegelsaet(json, "regelsaet_b", b);
        });

    /// <summary>Writes the record; <paramref name="noegleId"/> is the pseudonymisation key's fingerprint, or null when the outputs hold raw ids.</summary>
    private static void Skriv(string sti, string kommando, Indlaesningsrapport inddata, string? noegleId, Action<Utf8JsonWriter> parametre)
    {
        ArgumentNullException.ThrowIfNull(inddata);
        AtomiskSkrivning.Skriv(sti, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
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
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        });
    }

    private static void SkrivRegelsaet(Utf8JsonWriter json, string navn, Regelsaet regler)
    {
        json.WritePropertyName(navn);
        using var doc = JsonDocument.Parse(RegelsaetJson.Skriv(regler));
        doc.RootElement.WriteTo(json);
    }
}
