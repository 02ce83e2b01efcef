using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.IO.Regler;

public static partial class RegelsaetJson
{
    // Fixed-point without trailing zeros, so 0.50 is written 0.5 and 30.0 is written 30.
    private const string DecimalFormat = "0.############################";

    private static readonly JsonWriterOptions s_skriveValg = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keeps æøå readable in names; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the canonical JSON of a rule set: the keys of SPEC §6 in order, indented two spaces, ending with a newline.</summary>
    public static string Skriv(Regelsaet r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, s_skriveValg))
        {
            w.WriteStartObject();
            w.WriteString(Noegle.Navn, r.Navn);
            SkrivDecimal(w, Noegle.Fm1GraensePct, r.Fm1GraensePct);
            SkrivDecimal(w, Noegle.Fm2GraensePct, r.Fm2GraensePct);
            w.WriteNumber(Noegle.MinForloebDage, r.MinForloebDage);
            w.WriteNumber(Noegle.VindueDage, r.VindueDage);
            w.WriteString(Noegle.ForloebBrud, Koder.Kode(r.ForloebBrud));
            w.WriteNumber(Noegle.MaxGapDage, r.MaxGapDage);
            w.WriteStartArray(Noegle.FortsaettendeSkift);
            foreach (var (fra, til) in r.FortsaettendeSkift)
            {
                w.WriteStartArray();
                w.WriteStringValue(Koder.Kode(fra));
                w.WriteStringValue(Koder.Kode(til));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            SkrivDecimal(w, Noegle.MinTimer, r.MinTimer);
            w.WriteNumber(Noegle.MinSamtaler, r.MinSamtaler);
            SkrivDecimal(w, Noegle.FritagelseMaxAndel, r.FritagelseMaxAndel);
            w.WriteStartArray(Noegle.DoedeAarsager);
            foreach (var aarsag in r.DoedeAarsager)
            {
                w.WriteStringValue(Koder.Kode(aarsag));
            }

            w.WriteEndArray();
            SkrivDato(w, Noegle.P91UdelukketFra, r.P91UdelukketFra);
            w.WriteStartArray(Noegle.P91UndtagneYdelser);
            foreach (var ydelse in r.P91UndtagneYdelser)
            {
                w.WriteStringValue(Koder.Kode(ydelse));
            }

            w.WriteEndArray();
            SkrivDato(w, Noegle.FoersteJobsamtalePersonligtFra, r.FoersteJobsamtalePersonligtFra);
            w.WriteString(Noegle.Gennemsnit, Koder.Kode(r.Gennemsnit));
            w.WriteStartArray(Noegle.UdelukkedeMaaneder);
            foreach (var maaned in r.UdelukkedeMaaneder)
            {
                w.WriteStringValue(YearMonthPattern.Iso.Format(maaned));
            }

            w.WriteEndArray();
            w.WriteStartArray(Noegle.AktiveFokusmaal);
            foreach (var fokusmaal in r.AktiveFokusmaal)
            {
                w.WriteStringValue(Koder.Kode(fokusmaal));
            }

            w.WriteEndArray();
            SkrivDecimal(w, Noegle.AdmMinTilbudPct, r.AdmMinTilbudPct);
            SkrivDecimal(w, Noegle.AdmMinSamtalerPct, r.AdmMinSamtalerPct);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void SkrivDecimal(Utf8JsonWriter w, string noegle, decimal v)
    {
        w.WritePropertyName(noegle);
        w.WriteRawValue(v.ToString(DecimalFormat, CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    private static void SkrivDato(Utf8JsonWriter w, string noegle, LocalDate? v)
    {
        if (v is { } dato)
        {
            w.WriteString(noegle, LocalDatePattern.Iso.Format(dato));
        }
        else
        {
            w.WriteNull(noegle);
        }
    }
}
