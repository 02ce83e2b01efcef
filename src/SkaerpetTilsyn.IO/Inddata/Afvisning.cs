namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>A rejected input row: the file name as found, the physical line where it starts, the reason and the raw row text.</summary>
public sealed record Afvisning(string Fil, long Linje, string Aarsag, string Raekke)
{
    /// <summary>The reason with the row's own value left out, so rows rejected for the same cause count together (SPEC §9.1): <c>ugyldig dato i 'fra'</c>.</summary>
    public string Art => UdenVaerdi(Aarsag);

    /// <summary>
    /// Leaves out the quoted value a reason ends with: after <c>": "</c> (<c>ugyldig dato i 'fra': '17-06-2021'</c>) or after the two words
    /// that say what is wrong with it (<c>ukendt kommune '411'</c>). A quoted column name (<c>manglende 'form'</c>, <c>'til' før 'fra'</c>) stays.
    /// </summary>
    internal static string UdenVaerdi(string aarsag)
    {
        ArgumentNullException.ThrowIfNull(aarsag);
        if (!aarsag.EndsWith('\''))
        {
            return aarsag;
        }

        int kolon = aarsag.IndexOf(": '", StringComparison.Ordinal);
        if (kolon >= 0)
        {
            return aarsag[..kolon];
        }

        int citat = aarsag.IndexOf('\'', StringComparison.Ordinal);
        bool toOrdFoer = citat > 0 && aarsag[citat - 1] == ' ' && aarsag.AsSpan(0, citat - 1).Count(' ') == 1;
        return toOrdFoer && (aarsag.StartsWith("ukendt ", StringComparison.Ordinal) || aarsag.StartsWith("ugyldig ", StringComparison.Ordinal))
            ? aarsag[..(citat - 1)]
            : aarsag;
    }
}
