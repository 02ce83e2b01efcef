using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Kommuner;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>The file name stem of a kommune's documents: <c>KKK-Navn</c> with the name ASCII-folded (SPEC §11.1).</summary>
internal static class Dokumentnavn
{
    private static readonly HashSet<string> s_alle = new(Kommuneliste.Alle.Select(k => For(k.Kode, k.Navn)), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="filnavn"/> is a kommune's document name with <paramref name="endelse"/>, such as <c>101-Koebenhavn.docx</c>.</summary>
    public static bool Er(string filnavn, string endelse)
    {
        ArgumentNullException.ThrowIfNull(filnavn);
        return filnavn.EndsWith(endelse, StringComparison.Ordinal) && s_alle.Contains(filnavn[..^endelse.Length]);
    }

    /// <summary>E.g. 101 København gives <c>101-Koebenhavn</c>; æ→ae, ø→oe, å→aa, Æ→Ae, Ø→Oe, Å→Aa, spaces → <c>-</c>.</summary>
    public static string For(int kommune, string navn)
    {
        ArgumentNullException.ThrowIfNull(navn);
        var sb = new StringBuilder(navn.Length + 8);
        sb.Append(kommune.ToString("D3", CultureInfo.InvariantCulture)).Append('-');
        foreach (char c in navn)
        {
            sb.Append(c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                'Æ' => "Ae",
                'Ø' => "Oe",
                'Å' => "Aa",
                ' ' => "-",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
