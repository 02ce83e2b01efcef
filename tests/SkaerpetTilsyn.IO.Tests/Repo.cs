using System.Text.Json.Nodes;

namespace SkaerpetTilsyn.IO.Tests;

/// <summary>Paths in the repository, for tests that compare what the program carries with the files it was built from.</summary>
internal static class Repo
{
    public static string Rod { get; } = FindRod();

    public static string Regler => Path.Combine(Rod, "regler");

    /// <summary>Every file of <c>regler/</c> by file name, in ordinal order: the rule sets and the regelplaner.</summary>
    public static IReadOnlyList<string> Reglerfiler() =>
        [.. Directory.GetFiles(Regler, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The rule set files of <c>regler/</c> by file name, in ordinal order; a file with an <c>aar</c> key is a regelplan (SPEC §10).</summary>
    public static IReadOnlyList<string> Regelsaetfiler() =>
        [.. Reglerfiler().Where(f => JsonNode.Parse(File.ReadAllText(Path.Combine(Regler, f))) is not JsonObject o || !o.ContainsKey("aar"))];

    private static string FindRod()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SkaerpetTilsyn.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("SkaerpetTilsyn.sln not found above " + AppContext.BaseDirectory);
    }
}
