using System.Globalization;
using System.Text.Json;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.IO.Regler;

/// <summary>Reads and writes rule sets as the JSON of SPEC §6, and resolves a built-in name or a file.</summary>
public static partial class RegelsaetJson
{
    // The keys of SPEC §6 in the order they are documented and written.
    private static readonly string[] s_noegler =
    [
        Noegle.Navn, Noegle.Fm1GraensePct, Noegle.Fm2GraensePct, Noegle.MinForloebDage, Noegle.VindueDage, Noegle.ForloebBrud,
        Noegle.MaxGapDage, Noegle.FortsaettendeSkift, Noegle.MinTimer, Noegle.MinSamtaler, Noegle.FritagelseMaxAndel,
        Noegle.DoedeAarsager, Noegle.P91UdelukketFra, Noegle.P91UndtagneYdelser, Noegle.FoersteJobsamtalePersonligtFra,
        Noegle.Gennemsnit, Noegle.UdelukkedeMaaneder, Noegle.AktiveFokusmaal, Noegle.AdmMinTilbudPct, Noegle.AdmMinSamtalerPct,
    ];

    // The shipped rule sets are the files of regler/ that the program carries (Medfoelgende); their name is the file name without .json.
    private const string Mappe = "regler/";
    private const string Endelse = ".json";

    /// <summary>The rule sets found by name without a file: the built-in ones in their order, then those shipped from regler/ in ordinal order.</summary>
    /// <remarks>A shipped regelplan (SPEC §10: a file with an <c>aar</c> key, such as historik-2019-2024) is not a rule set and has no name here.</remarks>
    public static IReadOnlyList<string> Navne { get; } =
    [
        .. Regelsaet.Indbyggede.Keys,
        .. Medfoelgende.Stier
            .Where(s => s.StartsWith(Mappe, StringComparison.Ordinal) && s.EndsWith(Endelse, StringComparison.Ordinal) && !ErRegelplan(s))
            .Select(s => s[Mappe.Length..^Endelse.Length])
            .Where(n => !Regelsaet.Indbyggede.ContainsKey(n)),
    ];

    /// <summary>Returns the rule set of that name (built in, or shipped from regler/), or else reads the rule set from the file at that path.</summary>
    public static Regelsaet Hent(string navnEllerFil)
    {
        ArgumentNullException.ThrowIfNull(navnEllerFil);
        if (Regelsaet.Indbyggede.TryGetValue(navnEllerFil, out var indbygget))
        {
            return indbygget;
        }

        if (Navne.Contains(navnEllerFil, StringComparer.Ordinal) && Medfoelgende.Aabn(Mappe + navnEllerFil + Endelse) is { } fil)
        {
            using var laeser = new StreamReader(fil);
            return Laes(laeser.ReadToEnd(), $"Det medfølgende regelsæt '{navnEllerFil}'");
        }

        if (File.Exists(navnEllerFil))
        {
            return LaesFil(navnEllerFil);
        }

        throw new RegelsaetFejlException(string.Create(
            CultureInfo.InvariantCulture,
            $"Regelsættet '{navnEllerFil}' er hverken et indbygget regelsæt ({string.Join(", ", Navne)}) eller en fil, der findes."));
    }

    private static bool ErRegelplan(string sti)
    {
        using var fil = Medfoelgende.Aabn(sti)!;
        using var dokument = JsonDocument.Parse(fil);
        return dokument.RootElement.ValueKind == JsonValueKind.Object && dokument.RootElement.TryGetProperty("aar", out _);
    }

    /// <summary>Reads a rule set from a UTF-8 JSON file (a BOM is tolerated).</summary>
    public static Regelsaet LaesFil(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        string json;
        try
        {
            json = File.ReadAllText(sti);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RegelsaetFejlException($"Regelsætfilen '{sti}' findes ikke.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RegelsaetFejlException($"Regelsætfilen '{sti}' kan ikke læses.", e);
        }

        return Laes(json, $"Regelsætfilen '{sti}'");
    }

    /// <summary>Reads a rule set from JSON text with exactly the keys of SPEC §6.</summary>
    public static Regelsaet Laes(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Laes(json, "Regelsættet");
    }

    private static Regelsaet Laes(string json, string kilde)
    {
        JsonDocument dokument;
        try
        {
            dokument = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new RegelsaetFejlException(string.Create(
                CultureInfo.InvariantCulture,
                $"{kilde} er ikke gyldig JSON (linje {e.LineNumber + 1})."), e);
        }

        using (dokument)
        {
            return Fortolk(dokument.RootElement);
        }
    }
}
