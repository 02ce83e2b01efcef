namespace SkaerpetTilsyn.Tests;

/// <summary>Paths in the repository and throw-away folders for tests.</summary>
internal static class Repo
{
    public static string Rod { get; } = FindRod();

    public static string Demo => Path.Combine(Rod, "data-samples", "demo");

    public static string NyMappe()
    {
        string mappe = Path.Combine(Path.GetTempPath(), "skaerpet-bib-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mappe);
        return mappe;
    }

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
