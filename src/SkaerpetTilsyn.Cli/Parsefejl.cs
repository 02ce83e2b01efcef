using System.Text.RegularExpressions;

namespace SkaerpetTilsyn.Cli;

/// <summary>System.CommandLine's parse errors in Danish, the users' language; an unknown message is shown as it is.</summary>
/// <remarks>Under invariant globalization the parser only speaks English, so the common messages are translated here.</remarks>
internal static partial class Parsefejl
{
    public static string Oversaet(string besked)
    {
        if (Paakraevet().Match(besked) is { Success: true } p)
        {
            return $"Tilvalget {p.Groups[1].Value} skal angives.";
        }

        if (UkendtArgument().Match(besked) is { Success: true } u)
        {
            return $"Ukendt kommando eller argument '{u.Groups[1].Value}'.";
        }

        if (UgyldigVaerdi().Match(besked) is { Success: true } v)
        {
            return $"'{v.Groups[1].Value}' er ikke en gyldig værdi for {v.Groups[2].Value}.";
        }

        if (ManglerVaerdi().Match(besked) is { Success: true } m)
        {
            return $"Tilvalget {m.Groups[1].Value} mangler en værdi.";
        }

        return besked == "Required command was not provided." ? "Angiv en kommando." : besked;
    }

    [GeneratedRegex("^Option '(.+)' is required\\.$")]
    private static partial Regex Paakraevet();

    [GeneratedRegex("^Unrecognized command or argument '(.*)'\\.$")]
    private static partial Regex UkendtArgument();

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.+)' as expected type '.+'\\.$")]
    private static partial Regex UgyldigVaerdi();

    [GeneratedRegex("^Required argument missing for option: '(.+)'\\.$")]
    private static partial Regex ManglerVaerdi();
}
