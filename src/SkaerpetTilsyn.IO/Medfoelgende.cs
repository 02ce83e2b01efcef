using System.Reflection;

namespace SkaerpetTilsyn.IO;

/// <summary>
/// The files the program carries with it (rule sets, templates), embedded in this assembly under their path in the
/// repository (<c>regler/corona-2020.json</c>), so a clone, the installed tool and the single file find them the same way.
/// They are listed in one place: the item group "Medfølgende filer" in SkaerpetTilsyn.IO.csproj.
/// </summary>
public static class Medfoelgende
{
    private static readonly Assembly s_assembly = typeof(Medfoelgende).Assembly;

    /// <summary>The paths of all carried files, in ordinal order.</summary>
    public static IReadOnlyList<string> Stier { get; } = [.. s_assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)];

    /// <summary>Opens the carried file at <paramref name="sti"/> (exact, case-sensitive), or returns null when the program carries no such file.</summary>
    public static Stream? Aabn(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        return Stier.Contains(sti, StringComparer.Ordinal) ? s_assembly.GetManifestResourceStream(sti) : null;
    }
}
