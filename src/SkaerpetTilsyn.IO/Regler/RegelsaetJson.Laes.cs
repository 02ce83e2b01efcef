using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.IO.Regler;

public static partial class RegelsaetJson
{
    private delegate bool KodeParser<T>(ReadOnlySpan<char> tekst, out T v);

    private static Regelsaet Fortolk(JsonElement rod)
    {
        if (rod.ValueKind != JsonValueKind.Object)
        {
            throw new RegelsaetFejlException("Regelsættet skal være et JSON-objekt.");
        }

        var vaerdier = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var egenskab in rod.EnumerateObject())
        {
            if (Array.IndexOf(s_noegler, egenskab.Name) < 0)
            {
                throw Fejl($"Regelsættet har en ukendt nøgle '{egenskab.Name}'.");
            }

            if (!vaerdier.TryAdd(egenskab.Name, egenskab.Value))
            {
                throw Fejl($"Regelsættet har nøglen '{egenskab.Name}' mere end én gang.");
            }
        }

        foreach (string noegle in s_noegler)
        {
            if (!vaerdier.ContainsKey(noegle))
            {
                throw Fejl($"Regelsættet mangler nøglen '{noegle}'.");
            }
        }

        return new Regelsaet
        {
            Navn = LaesNavn(vaerdier),
            Fm1GraensePct = LaesDecimal(vaerdier, Noegle.Fm1GraensePct),
            Fm2GraensePct = LaesDecimal(vaerdier, Noegle.Fm2GraensePct),
            MinForloebDage = LaesHeltal(vaerdier, Noegle.MinForloebDage, 1),
            VindueDage = LaesHeltal(vaerdier, Noegle.VindueDage, 1),
            ForloebBrud = LaesTilstand<ForloebBrud>(vaerdier, Noegle.ForloebBrud, Koder.TryParse, Koder.Kode),
            MaxGapDage = LaesHeltal(vaerdier, Noegle.MaxGapDage, 0),
            FortsaettendeSkift = LaesSkift(vaerdier),
            MinTimer = LaesDecimal(vaerdier, Noegle.MinTimer),
            MinSamtaler = LaesHeltal(vaerdier, Noegle.MinSamtaler, 0),
            FritagelseMaxAndel = LaesDecimal(vaerdier, Noegle.FritagelseMaxAndel),
            DoedeAarsager = LaesKoder<FritagelseAarsag>(vaerdier, Noegle.DoedeAarsager, Koder.TryParse),
            P91UdelukketFra = LaesDato(vaerdier, Noegle.P91UdelukketFra),
            P91UndtagneYdelser = LaesKoder<Ydelse>(vaerdier, Noegle.P91UndtagneYdelser, Koder.TryParse),
            FoersteJobsamtalePersonligtFra = LaesDato(vaerdier, Noegle.FoersteJobsamtalePersonligtFra),
            Gennemsnit = LaesTilstand<Gennemsnit>(vaerdier, Noegle.Gennemsnit, Koder.TryParse, Koder.Kode),
            UdelukkedeMaaneder = LaesMaaneder(vaerdier),
            AktiveFokusmaal = LaesKoder<Fokusmaal>(vaerdier, Noegle.AktiveFokusmaal, Koder.TryParse),
            AdmMinTilbudPct = LaesDecimal(vaerdier, Noegle.AdmMinTilbudPct),
            AdmMinSamtalerPct = LaesDecimal(vaerdier, Noegle.AdmMinSamtalerPct),
        };
    }

    private static string LaesNavn(Dictionary<string, JsonElement> vaerdier)
    {
        var v = vaerdier[Noegle.Navn];
        if (v.ValueKind != JsonValueKind.String)
        {
            throw Fejl($"Nøglen '{Noegle.Navn}' skal være en tekst.");
        }

        string navn = v.GetString()!;
        if (string.IsNullOrWhiteSpace(navn))
        {
            throw Fejl($"Nøglen '{Noegle.Navn}' må ikke være tom.");
        }

        return navn;
    }

    private static decimal LaesDecimal(Dictionary<string, JsonElement> vaerdier, string noegle)
    {
        var v = vaerdier[noegle];
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out decimal tal))
        {
            throw Fejl($"Nøglen '{noegle}' skal være et tal.");
        }

        if (tal < 0)
        {
            throw Fejl($"Nøglen '{noegle}' må ikke være negativ.");
        }

        return tal;
    }

    private static int LaesHeltal(Dictionary<string, JsonElement> vaerdier, string noegle, int mindst)
    {
        var v = vaerdier[noegle];
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out int tal))
        {
            throw Fejl($"Nøglen '{noegle}' skal være et heltal.");
        }

        if (tal < mindst)
        {
            throw Fejl(mindst == 0
                ? $"Nøglen '{noegle}' må ikke være negativ."
                : string.Create(CultureInfo.InvariantCulture, $"Nøglen '{noegle}' skal være mindst {mindst}."));
        }

        return tal;
    }

    private static T LaesTilstand<T>(Dictionary<string, JsonElement> vaerdier, string noegle, KodeParser<T> parser, Func<T, string> kode)
        where T : struct, Enum
    {
        var v = vaerdier[noegle];
        if (v.ValueKind != JsonValueKind.String)
        {
            throw Fejl($"Nøglen '{noegle}' skal være en tekst.");
        }

        string tekst = v.GetString()!;
        if (!parser(tekst, out T tilstand))
        {
            string gyldige = string.Join(", ", Enum.GetValues<T>().Select(kode));
            throw Fejl($"Nøglen '{noegle}' har den ukendte værdi '{tekst}' (gyldige: {gyldige}).");
        }

        return tilstand;
    }

    private static List<T> LaesKoder<T>(Dictionary<string, JsonElement> vaerdier, string noegle, KodeParser<T> parser)
    {
        var v = vaerdier[noegle];
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Fejl($"Nøglen '{noegle}' skal være en liste af koder.");
        }

        var koder = new List<T>(v.GetArrayLength());
        foreach (var element in v.EnumerateArray())
        {
            koder.Add(LaesKode(element, noegle, $"Nøglen '{noegle}' skal være en liste af koder.", parser));
        }

        return koder;
    }

    private static List<(Ydelse Fra, Ydelse Til)> LaesSkift(Dictionary<string, JsonElement> vaerdier)
    {
        const string Form = $"Nøglen '{Noegle.FortsaettendeSkift}' skal være en liste af par af ydelser som [\"sho\", \"kontanthjaelp\"].";
        var v = vaerdier[Noegle.FortsaettendeSkift];
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Fejl(Form);
        }

        var skift = new List<(Ydelse Fra, Ydelse Til)>(v.GetArrayLength());
        foreach (var par in v.EnumerateArray())
        {
            if (par.ValueKind != JsonValueKind.Array || par.GetArrayLength() != 2)
            {
                throw Fejl(Form);
            }

            var fra = LaesKode<Ydelse>(par[0], Noegle.FortsaettendeSkift, Form, Koder.TryParse);
            var til = LaesKode<Ydelse>(par[1], Noegle.FortsaettendeSkift, Form, Koder.TryParse);
            skift.Add((fra, til));
        }

        return skift;
    }

    private static T LaesKode<T>(JsonElement element, string noegle, string formFejl, KodeParser<T> parser)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Fejl(formFejl);
        }

        string tekst = element.GetString()!;
        if (!parser(tekst, out T kode))
        {
            throw Fejl($"Nøglen '{noegle}' indeholder den ukendte kode '{tekst}'.");
        }

        return kode;
    }

    private static LocalDate? LaesDato(Dictionary<string, JsonElement> vaerdier, string noegle)
    {
        var v = vaerdier[noegle];
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            throw Fejl($"Nøglen '{noegle}' skal være en dato (yyyy-MM-dd) eller null.");
        }

        string tekst = v.GetString()!;
        var resultat = LocalDatePattern.Iso.Parse(tekst);
        if (!resultat.Success)
        {
            throw Fejl($"Nøglen '{noegle}' har den ugyldige dato '{tekst}' (skal være yyyy-MM-dd eller null).");
        }

        return resultat.Value;
    }

    private static List<YearMonth> LaesMaaneder(Dictionary<string, JsonElement> vaerdier)
    {
        const string Form = $"Nøglen '{Noegle.UdelukkedeMaaneder}' skal være en liste af måneder (yyyy-MM).";
        var v = vaerdier[Noegle.UdelukkedeMaaneder];
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Fejl(Form);
        }

        var maaneder = new List<YearMonth>(v.GetArrayLength());
        foreach (var element in v.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw Fejl(Form);
            }

            string tekst = element.GetString()!;
            var resultat = YearMonthPattern.Iso.Parse(tekst);
            if (!resultat.Success)
            {
                throw Fejl($"Nøglen '{Noegle.UdelukkedeMaaneder}' indeholder den ugyldige måned '{tekst}' (skal være yyyy-MM).");
            }

            maaneder.Add(resultat.Value);
        }

        return maaneder;
    }

    private static RegelsaetFejlException Fejl(string besked) => new(besked);
}
