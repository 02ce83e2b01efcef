using System.Text;
using System.Text.Json;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes a <see cref="Forklaring"/> as JSON (<c>skaerpet forklar --json</c>): the same facts as the text, with the input files' codes and ISO dates.</summary>
public static class ForklaringJson
{
    public static string Skriv(Forklaring f)
    {
        ArgumentNullException.ThrowIfNull(f);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("person_id", f.PersonId);
            json.WriteString("maaned", Formater.Maaned(f.Maaned));
            json.WriteString("maaledag", Formater.Dato(f.Maaledag));
            json.WriteString("regelsaet", f.Regelsaet);
            if (f.SomKendtTil is { } c)
            {
                json.WriteString("som_kendt_til", Formater.Dato(c));
            }

            json.WriteStartArray("ydelsesraekker");
            foreach (var y in f.Ydelsesraekker)
            {
                json.WriteStartObject();
                Periode(json, y.Fra, y.Til);
                json.WriteString("ydelse", Koder.Kode(y.Ydelse));
                json.WriteNumber("kommune", y.Kommune);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("statusloeb");
            foreach (var s in f.Statusloeb)
            {
                json.WriteStartObject();
                Periode(json, s.Fra, s.Til);
                json.WriteString("ydelse", Koder.Kode(s.Ydelse));
                json.WriteNumber("kommune", s.Kommune);
                json.WriteNumber("forloeb", s.Forloeb);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("overgange");
            foreach (var o in f.Overgange)
            {
                json.WriteStartObject();
                json.WriteString("dato", Formater.Dato(o.Dato));
                json.WriteString("fra_ydelse", Koder.Kode(o.FraYdelse));
                json.WriteString("til_ydelse", Koder.Kode(o.TilYdelse));
                json.WriteNumber("fra_kommune", o.FraKommune);
                json.WriteNumber("til_kommune", o.TilKommune);
                json.WriteNumber("pause_dage", o.PauseDage);
                json.WriteString("udfald", Koder.Kode(o.Udfald));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("forloeb");
            foreach (var x in f.Forloeb)
            {
                json.WriteStartObject();
                json.WriteNumber("nr", x.Nr);
                json.WriteString("start", Formater.Dato(x.Start));
                json.WriteString("sidste_ydelsesdag", Formater.Dato(x.SidsteYdelsesdag));
                json.WriteString("ydelse", Koder.Kode(x.Ydelse));
                json.WriteString("brudaarsag", Koder.Kode(x.Aarsag));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Perioder(json, "doede_perioder", f.DoedePerioder);
            Perioder(json, "fritagede_perioder", f.FritagedePerioder);
            Resultat(json, f);

            json.WriteStartArray("indsatser");
            foreach (var i in f.Indsatser)
            {
                json.WriteStartObject();
                json.WriteString("art", Koder.Kode(i.Art));
                Periode(json, i.Fra, i.Til);
                json.WriteString("type", i.Type);
                if (i.Form is { } form)
                {
                    json.WriteString("form", form);
                }

                if (i.Timer is { } timer)
                {
                    json.WriteNumber("timer", timer);
                }

                json.WriteBoolean("taeller", i.Vurdering == Indsatsvurdering.Taeller);
                json.WriteString("vurdering", Koder.Kode(i.Vurdering));
                if (i.P91Ydelse is { } p91)
                {
                    json.WriteString("p91_ydelse", Koder.Kode(p91));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Resultat(Utf8JsonWriter json, Forklaring f)
    {
        json.WriteStartObject("resultat");
        json.WriteString("status", Koder.Kode(f.Status));
        json.WriteBoolean("i_maalgruppe", f.Maaling is not null);
        if (f.Kommune is { } k)
        {
            json.WriteNumber("kommune", k);
            json.WriteString("kommunenavn", Kommuneliste.TryFind(k, out var kommune) ? kommune.Navn : null);
            json.WriteString("ydelse", Koder.Kode(f.Ydelse!.Value));
            json.WriteString("sidste_ydelsesdag", Formater.Dato(f.SidsteYdelsesdag));
            json.WriteNumber("forloeb_nr", f.ForloebNr!.Value);
            json.WriteString("forloeb_start", Formater.Dato(f.ForloebStart));
            json.WriteNumber("taellede_dage", f.TaelledeDage);
            json.WriteNumber("doede_dage", f.DoedeDage);
            json.WriteNumber("fritagede_dage", f.FritagedeDage);
            json.WriteString("vindue_start", Formater.Dato(f.VindueStart));
        }

        if (f.Maaling is { } m)
        {
            json.WriteNumber("tilbud_i_vindue", m.TilbudIVindue);
            json.WriteNumber("timer_i_vindue", m.TimerIVindue);
            json.WriteNumber("samtaler_i_vindue", m.SamtalerIVindue);
            json.WriteBoolean("uden_indsats", m.UdenIndsats);
            json.WriteBoolean("faa_samtaler", m.FaaSamtaler);
        }

        json.WriteEndObject();
    }

    private static void Periode(Utf8JsonWriter json, LocalDate fra, LocalDate til)
    {
        json.WriteString("fra", Formater.Dato(fra));
        json.WriteString("til", til == Datoer.Aaben ? null : Formater.Dato(til));
    }

    private static void Perioder(Utf8JsonWriter json, string navn, IReadOnlyList<Datoperiode> perioder)
    {
        json.WriteStartArray(navn);
        foreach (var p in perioder)
        {
            json.WriteStartObject();
            Periode(json, p.Fra, p.Til);
            json.WriteNumber("dage", p.Dage);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
