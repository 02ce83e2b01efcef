using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace SkaerpetTilsyn.Cli;

/// <summary>System.CommandLine's own texts — help headings, labels and parse errors — in Danish, one per resource key of the library.</summary>
/// <remarks>
/// The library localises through satellite assemblies chosen by <see cref="CultureInfo.CurrentUICulture"/>, which invariant
/// globalization pins to the invariant culture, so it would always speak English. Instead its resource manager is replaced by
/// one that answers from <see cref="Dansk"/>; a key the library adds in a new version falls back to English, and the test that
/// lists the library's keys fails until it has a Danish text.
/// </remarks>
internal static class Kommandolinjetekster
{
    /// <summary>Where the library keeps its texts, as its generated resource class names it.</summary>
    public const string Ressourcenavn = "System.CommandLine.Properties.Resources";

    private static readonly Lock s_laas = new();
    private static bool s_installeret;

    /// <summary>The Danish text of every resource key, with the library's placeholders; a placeholder may be left out (the type name of a value, .NET's English reason).</summary>
    public static IReadOnlyDictionary<string, string> Dansk { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ArgumentConversionCannotParse"] = "'{0}' er ikke en gyldig værdi.",
        ["ArgumentConversionCannotParseForCommand"] = "'{0}' er ikke en gyldig værdi for kommandoen {1}.",
        ["ArgumentConversionCannotParseForCommand_Completions"] = "'{0}' er ikke en gyldig værdi for kommandoen {1}; mulige værdier:{3}",
        ["ArgumentConversionCannotParseForOption"] = "'{0}' er ikke en gyldig værdi for {1}.",
        ["ArgumentConversionCannotParseForOption_Completions"] = "'{0}' er ikke en gyldig værdi for {1}; mulige værdier:{3}",
        ["CommandRequiredArgumentMissing"] = "Argumentet {0} mangler til kommandoen {1}.",
        ["DirectoryDoesNotExist"] = "Mappen '{0}' findes ikke.",
        ["ErrorReadingResponseFile"] = "Svarfilen '{0}' kan ikke læses.",
        ["ExceptionHandlerHeader"] = "Uventet fejl: ",
        ["FileDoesNotExist"] = "Filen '{0}' findes ikke.",
        ["FileOrDirectoryDoesNotExist"] = "Filen eller mappen '{0}' findes ikke.",
        ["HelpAdditionalArgumentsDescription"] = "Argumenter, der gives videre til det program, der køres.",
        ["HelpAdditionalArgumentsTitle"] = "Yderligere argumenter:",
        ["HelpArgumentDefaultValueLabel"] = "standard",
        ["HelpArgumentsTitle"] = "Argumenter:",
        ["HelpCommandsTitle"] = "Kommandoer:",
        ["HelpDescriptionTitle"] = "Beskrivelse:",
        ["HelpOptionDescription"] = "Vis hjælp og brug",
        ["HelpOptionsRequiredLabel"] = "(skal angives)",
        ["HelpOptionsTitle"] = "Tilvalg:",
        ["HelpUsageAdditionalArguments"] = "[[--] <yderligere argumenter>...]]",
        ["HelpUsageCommand"] = "[kommando]",
        ["HelpUsageOptions"] = "[tilvalg]",
        ["HelpUsageTitle"] = "Brug:",
        ["InvalidCharactersInFileName"] = "Tegnet '{0}' må ikke stå i et filnavn.",
        ["InvalidCharactersInPath"] = "Tegnet '{0}' må ikke stå i en sti.",
        ["OptionExpectsOneArgument"] = "Tilvalget {0} tager én værdi, men fik {1}.",
        ["OptionRequiredArgumentMissing"] = "Tilvalget {0} mangler en værdi.",
        ["RequiredCommandWasNotProvided"] = "Angiv en kommando.",
        ["RequiredOptionWasNotProvided"] = "Tilvalget {0} skal angives.",
        ["ResponseFileNotFound"] = "Svarfilen '{0}' findes ikke.",
        ["SuggestionsTokenNotMatched"] = "'{0}' passer ikke; mente du en af disse?",
        ["UnrecognizedArgument"] = "Argumentet '{0}' er ukendt; det skal være et af:{1}",
        ["UnrecognizedCommandOrArgument"] = "Ukendt kommando eller argument '{0}'.",
        ["VersionOptionCannotBeCombinedWithOtherArguments"] = "{0} kan ikke bruges sammen med andre argumenter.",
        ["VersionOptionDescription"] = "Vis programmets version",
    };

    /// <summary>Makes the library answer in Danish from now on; call before any command is built, since help and version options read their descriptions when made.</summary>
    /// <exception cref="InvalidOperationException">The library no longer keeps its texts where this version does.</exception>
    public static void Installer()
    {
        lock (s_laas)
        {
            if (s_installeret)
            {
                return;
            }

            var ressourcer = typeof(Command).Assembly.GetType(Ressourcenavn)
                ?? throw new InvalidOperationException($"System.CommandLine has no {Ressourcenavn}; Kommandolinjetekster must follow the library.");
            var felt = ressourcer.GetField("s_resourceManager", BindingFlags.NonPublic | BindingFlags.Static);
            if (felt is null || felt.FieldType != typeof(ResourceManager))
            {
                throw new InvalidOperationException($"{Ressourcenavn} has no resource manager field; Kommandolinjetekster must follow the library.");
            }

            felt.SetValue(null, new DanskResourceManager(new ResourceManager(Ressourcenavn, typeof(Command).Assembly)));
            s_installeret = true;
        }
    }

    /// <summary>Answers with the Danish text of a key, and with the library's own text for a key without one.</summary>
    private sealed class DanskResourceManager(ResourceManager engelsk) : ResourceManager
    {
        public override string? GetString(string name) => GetString(name, null);

        public override string? GetString(string name, CultureInfo? culture) =>
            Dansk.TryGetValue(name, out string? tekst) ? tekst : engelsk.GetString(name, culture);
    }
}
