namespace SkaerpetTilsyn.IO.Tests;

/// <summary>Paths in the repository, for tests that compare what the program carries with the files it was built from.</summary>
internal static class Repo
{
    public static string Rod { get; } = FindRod();

    public static string Regler => Path.Combine(Rod, "regler");

    /// <summary>The rule set files of <c>regler/</c> by file name, in ordinal order.</summary>
    public static IReadOnlyList<string> Regelsaetfiler() =>
        [.. Directory.GetFiles(Regler, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

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
