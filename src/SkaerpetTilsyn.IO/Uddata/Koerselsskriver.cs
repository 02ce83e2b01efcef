using System.Reflection;
using System.Text.Json;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Regler;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>koersel.json</c>: program version, command, rule set and every input file's SHA-256 and row counts.</summary>
/// <remarks>No clock time or machine name: the same input must give a byte-identical file.</remarks>
public static class Koerselsskriver
{
    public static string Version { get; } =
        typeof(Koerselsskriver).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "ukendt";

    public static void Skriv(string sti, string kommando, int aar, Regelsaet regler, Inddata.Inddata inddata)
    {
        ArgumentNullException.ThrowIfNull(inddata);
        AtomiskSkrivning.Skriv(sti, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
            json.WriteStartObject();
            json.WriteString("program", "skaerpet");
            json.WriteString("version", Version);
            json.WriteString("kommando", kommando);
            json.WriteNumber("aar", aar);
            json.WritePropertyName("regelsaet");
            using (var doc = JsonDocument.Parse(RegelsaetJson.Skriv(regler)))
            {
                doc.RootElement.WriteTo(json);
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
}
