using System.Text.RegularExpressions;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>Finds and replaces <c>{{felt}}</c> in a text (SPEC §11.1); the built-in letter and a user's template go through the same code.</summary>
internal static partial class Felter
{
    /// <summary>The names of the fields in <paramref name="tekst"/>, in order of appearance.</summary>
    public static IEnumerable<string> Navne(string tekst)
    {
        foreach (Match m in Felt().Matches(tekst))
        {
            yield return m.Groups[1].Value;
        }
    }

    public static bool HarFelt(string tekst) => tekst.Contains("{{", StringComparison.Ordinal) && Felt().IsMatch(tekst);

    /// <summary>The text with every field replaced by its value; a name without a value is given to <paramref name="ukendt"/>, which throws.</summary>
    public static string Udfyld(string tekst, IReadOnlyDictionary<string, string> vaerdier, Func<string, Exception> ukendt) =>
        Felt().Replace(tekst, m => vaerdier.TryGetValue(m.Groups[1].Value, out var v) ? v : throw ukendt(m.Groups[1].Value));

    // Spaces inside the braces are forgiven: Word users type "{{ navn }}".
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Felt();
}
