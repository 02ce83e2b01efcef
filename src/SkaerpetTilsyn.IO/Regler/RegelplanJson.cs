using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.IO.Regler;

/// <summary>Reads a regelplan, the JSON of SPEC §10 that names each data year's rule set, meddelelse date and selection, validated like a rule set.</summary>
/// <remarks>
/// <c>{"navn": "…", "aar": {"2021": "kun-samtaler-2021.json", "2023": {"regler": "bek-301-2023", "meddelelse": "2024-04-30", "udvaelgelse": true}}}</c>:
/// a year's value is a rule-set reference (a built-in name, or a file path relative to the plan file) or an object with <c>regler</c>
/// (required), <c>meddelelse</c> (default 30 April of the year after) and <c>udvaelgelse</c> (default true). Every error is a
/// <see cref="RegelsaetFejlException"/> with one Danish sentence naming the plan, the year and the key.
/// </remarks>
public static class RegelplanJson
{
    private const string Navn = "navn";
    private const string Aar = "aar";
    private const string Regler = "regler";
    private const string Meddelelse = "meddelelse";
    private const string Udvaelgelse = "udvaelgelse";

    private static readonly string[] s_noegler = [Navn, Aar];
    private static readonly string[] s_aarsnoegler = [Regler, Meddelelse, Udvaelgelse];

    /// <summary>Reads the plan in the file at <paramref name="sti"/> and checks that it has every year from <paramref name="fra"/> to <paramref name="til"/>.</summary>
    /// <exception cref="RegelsaetFejlException">The file cannot be read, is not a valid plan, or lacks a year.</exception>
    public static Regelplan LaesFil(string sti, int fra, int til)
    {
        ArgumentNullException.ThrowIfNull(sti);
        string kilde = $"Regelplanen '{sti}'";
        string json = LaesTekst(sti, kilde);
        var plan = Laes(json, Path.GetDirectoryName(Path.GetFullPath(sti))!, kilde);
        KraevAar(plan, fra, til, kilde);
        return plan;
    }

    /// <summary>
    /// <c>--mod B</c> (SPEC §10): a JSON file with an <c>aar</c> key is a plan, read as by <see cref="LaesFil"/>; anything else is a rule-set
    /// reference, made into the plan with that rule set in every year from <paramref name="fra"/> to <paramref name="til"/>.
    /// </summary>
    /// <exception cref="RegelsaetFejlException">The plan or rule set cannot be found, read or accepted.</exception>
    public static Regelplan HentPlanEllerRegelsaet(string reference, int fra, int til)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!Regelsaet.Indbyggede.ContainsKey(reference) && File.Exists(reference) && ErPlan(reference))
        {
            return LaesFil(reference, fra, til);
        }

        return Regelplan.Fast(RegelsaetJson.Hent(reference), fra, til);
    }

    /// <summary>Reads a plan from JSON text; a rule-set file it names is found relative to <paramref name="mappe"/>.</summary>
    /// <exception cref="RegelsaetFejlException">The text is not a valid plan, or a rule set it names cannot be found, read or accepted.</exception>
    public static Regelplan Laes(string json, string mappe)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(mappe);
        return Laes(json, mappe, "Regelplanen");
    }

    private static Regelplan Laes(string json, string mappe, string kilde)
    {
        JsonDocument dokument;
        try
        {
            dokument = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new RegelsaetFejlException(string.Create(CultureInfo.InvariantCulture, $"{kilde} er ikke gyldig JSON (linje {e.LineNumber + 1})."), e);
        }

        using (dokument)
        {
            return Fortolk(dokument.RootElement, mappe, kilde);
        }
    }

    private static Regelplan Fortolk(JsonElement rod, string mappe, string kilde)
    {
        var vaerdier = Noegler(rod, s_noegler, kilde, $"{kilde} skal være et JSON-objekt med nøglerne '{Navn}' og '{Aar}'.");
        foreach (string noegle in s_noegler)
        {
            if (!vaerdier.ContainsKey(noegle))
            {
                throw new RegelsaetFejlException($"{kilde} mangler nøglen '{noegle}'.");
            }
        }

        var navn = vaerdier[Navn];
        if (navn.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(navn.GetString()))
        {
            throw new RegelsaetFejlException($"{kilde}: nøglen '{Navn}' skal være en tekst, der ikke er tom.");
        }

        var aar = vaerdier[Aar];
        if (aar.ValueKind != JsonValueKind.Object)
        {
            throw new RegelsaetFejlException($"{kilde}: nøglen '{Aar}' skal være et objekt med et årstal pr. nøgle, fx {{\"2023\": \"bek-301-2023\"}}.");
        }

        var hentet = new Dictionary<string, Regelsaet>(StringComparer.Ordinal);
        var planaar = new SortedDictionary<int, Planaar>();
        foreach (var egenskab in aar.EnumerateObject())
        {
            if (!int.TryParse(egenskab.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y is < 2000 or > 2099 || egenskab.Name.Length != 4)
            {
                throw new RegelsaetFejlException($"{kilde} har nøglen '{egenskab.Name}' under '{Aar}', men et år skal være et årstal fra 2000 til 2099.");
            }

            string sted = string.Create(CultureInfo.InvariantCulture, $"{kilde}, år {y}");
            if (!planaar.TryAdd(y, FortolkAar(egenskab.Value, y, mappe, sted, hentet)))
            {
                throw new RegelsaetFejlException($"{kilde} har året {y} mere end én gang under '{Aar}'.");
            }
        }

        KraevEntydigeNavne(planaar, kilde);
        return new Regelplan(navn.GetString()!, planaar);
    }

    private static Planaar FortolkAar(JsonElement v, int aar, string mappe, string sted, Dictionary<string, Regelsaet> hentet)
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            return Planaar.Standard(Hent(v.GetString()!, mappe, sted, hentet), aar);
        }

        var vaerdier = Noegler(
            v, s_aarsnoegler, sted, $"{sted}: værdien skal være et regelsæt (et indbygget navn eller en fil) eller et objekt med '{Regler}'.");
        if (!vaerdier.TryGetValue(Regler, out var regler))
        {
            throw new RegelsaetFejlException($"{sted} mangler nøglen '{Regler}'.");
        }

        if (regler.ValueKind != JsonValueKind.String)
        {
            throw new RegelsaetFejlException($"{sted}: nøglen '{Regler}' skal være et regelsæt, et indbygget navn eller en fil.");
        }

        var standard = Planaar.Standard(Hent(regler.GetString()!, mappe, sted, hentet), aar);
        return standard with
        {
            Meddelelse = vaerdier.TryGetValue(Meddelelse, out var n) ? LaesMeddelelse(n, aar, sted) : standard.Meddelelse,
            Udvaelgelse = vaerdier.TryGetValue(Udvaelgelse, out var u) ? LaesUdvaelgelse(u, sted) : standard.Udvaelgelse,
        };
    }

    // SPEC §9.3, as opgoerelse's --meddelelse: a valid date in the year after the data year (outside April a warning, which the command gives).
    private static NodaTime.LocalDate LaesMeddelelse(JsonElement v, int aar, string sted)
    {
        var dato = v.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(v.GetString()!) : null;
        if (dato is null || !dato.Success)
        {
            throw new RegelsaetFejlException($"{sted}: nøglen '{Meddelelse}' skal være en dato på formen åååå-mm-dd.");
        }

        if (dato.Value.Year != aar + 1)
        {
            throw new RegelsaetFejlException(string.Create(
                CultureInfo.InvariantCulture, $"{sted}: nøglen '{Meddelelse}' skal være en dato i {aar + 1}, året efter {aar}, ikke {dato.Value:yyyy-MM-dd}."));
        }

        return dato.Value;
    }

    private static bool LaesUdvaelgelse(JsonElement v, string sted) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new RegelsaetFejlException($"{sted}: nøglen '{Udvaelgelse}' skal være true eller false."),
    };

    /// <summary>A rule set name (built in or shipped), else a file relative to the plan's folder; the same file gives the same rule set object.</summary>
    private static Regelsaet Hent(string reference, string mappe, string sted, Dictionary<string, Regelsaet> hentet)
    {
        // A name means the rule set it means to --regler (built in or shipped from regler/), before any file of that name.
        if (RegelsaetJson.Navne.Contains(reference, StringComparer.Ordinal))
        {
            return RegelsaetJson.Hent(reference);
        }

        string sti = reference.Length == 0 ? mappe : Path.GetFullPath(reference, mappe);
        if (hentet.TryGetValue(sti, out var kendt))
        {
            return kendt;
        }

        if (!File.Exists(sti))
        {
            throw new RegelsaetFejlException(string.Create(
                CultureInfo.InvariantCulture,
                $"{sted}: regelsættet '{reference}' er hverken et indbygget regelsæt ({string.Join(", ", RegelsaetJson.Navne)}) eller en fil, der findes (ved siden af regelplanen)."));
        }

        Regelsaet regler;
        try
        {
            regler = RegelsaetJson.LaesFil(sti);
        }
        catch (RegelsaetFejlException e)
        {
            throw new RegelsaetFejlException($"{sted}, regelsættet '{reference}': {e.Message}", e);
        }

        hentet.Add(sti, regler);
        return regler;
    }

    // historik.csv and koersel.json name a year's rule set by its navn, so within a plan a navn must mean one rule set.
    private static void KraevEntydigeNavne(SortedDictionary<int, Planaar> planaar, string kilde)
    {
        var set = new Dictionary<string, (int Aar, string Json)>(StringComparer.Ordinal);
        foreach (var (aar, p) in planaar)
        {
            string json = RegelsaetJson.Skriv(p.Regler);
            if (set.TryGetValue(p.Regler.Navn, out var foer) && foer.Json != json)
            {
                throw new RegelsaetFejlException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kilde} bruger to forskellige regelsæt med navnet '{p.Regler.Navn}' (år {foer.Aar} og {aar}); giv dem hver sit navn."));
            }

            set.TryAdd(p.Regler.Navn, (aar, json));
        }
    }

    private static void KraevAar(Regelplan plan, int fra, int til, string kilde)
    {
        if (plan.FoersteManglendeAar(fra, til) is { } mangler)
        {
            throw new RegelsaetFejlException(string.Create(
                CultureInfo.InvariantCulture, $"{kilde} har intet regelsæt for {mangler}; hvert år fra {fra} til {til} skal stå under '{Aar}'."));
        }
    }

    private static Dictionary<string, JsonElement> Noegler(JsonElement objekt, string[] tilladte, string sted, string ikkeObjekt)
    {
        if (objekt.ValueKind != JsonValueKind.Object)
        {
            throw new RegelsaetFejlException(ikkeObjekt);
        }

        var vaerdier = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var egenskab in objekt.EnumerateObject())
        {
            if (Array.IndexOf(tilladte, egenskab.Name) < 0)
            {
                throw new RegelsaetFejlException($"{sted} har en ukendt nøgle '{egenskab.Name}' (gyldige: {string.Join(", ", tilladte)}).");
            }

            if (!vaerdier.TryAdd(egenskab.Name, egenskab.Value))
            {
                throw new RegelsaetFejlException($"{sted} har nøglen '{egenskab.Name}' mere end én gang.");
            }
        }

        return vaerdier;
    }

    private static bool ErPlan(string sti)
    {
        try
        {
            using var dokument = JsonDocument.Parse(LaesTekst(sti, $"Regelplanen '{sti}'"));
            return dokument.RootElement.ValueKind == JsonValueKind.Object && dokument.RootElement.TryGetProperty(Aar, out _);
        }
        catch (JsonException)
        {
            // Not JSON at all: the rule-set reader says so.
            return false;
        }
    }

    private static string LaesTekst(string sti, string kilde)
    {
        try
        {
            return File.ReadAllText(sti);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RegelsaetFejlException($"{kilde} findes ikke.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RegelsaetFejlException($"{kilde} kan ikke læses.", e);
        }
    }
}
