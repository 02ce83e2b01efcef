namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Every command that writes result tables, run on the demo, so tests of the tables' format see every table and every column.</summary>
/// <remarks>A new command that writes tables adds its run here; <see cref="KolonnetyperDemoTests"/> fails for a command that is neither here nor in <see cref="UdenTabeller"/>.</remarks>
internal static class Demokoersler
{
    /// <summary>Each command's arguments on the demo, without <c>--ud</c>.</summary>
    public static IReadOnlyDictionary<string, string[]> Alle { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["opgoerelse"] = ["opgoerelse", "--data", Repo.Demo, "--aar", "2023"],
        ["monitor"] = ["monitor", "--data", Repo.Demo, "--til", "2024-06"],
        ["diff"] = ["diff", "--data", Repo.Demo, "--aar", "2023", "--regler", "bek-2019", "--mod", "bek-301-2023"],
        ["valider"] = ["valider", "--data", Repo.Demo],
        ["arbejdsliste"] = ["arbejdsliste", "--data", Repo.Demo, "--fra", "2024-04"],
        ["historik"] =
        [
            "historik", "--data", Repo.Demo, "--fra", "2021", "--til", "2024",
            "--regelplan", Path.Combine(Repo.Rod, "regler", "historik-2019-2024.json"), "--mod", "bek-301-2023",
            "--status", Path.Combine(Repo.Rod, "data-samples", "status-ingen.csv"),
        ],
    };

    /// <summary>The commands that write no result table: <c>forklar</c> prints, <c>generer</c> writes input files.</summary>
    public static IReadOnlyList<string> UdenTabeller { get; } = ["forklar", "generer"];

    /// <summary>The commands that take <c>--format</c>: all that publish an output folder (<c>valider</c> writes only <c>afviste.csv</c>, in any folder).</summary>
    public static TheoryData<string> MedFormat => [.. Alle.Keys.Where(k => k != "valider")];

    public static TheoryData<string> Navne => [.. Alle.Keys];

    /// <summary>Runs <paramref name="kommando"/> on the demo into a new folder with <paramref name="ekstra"/> arguments; the folder.</summary>
    public static string Koer(string kommando, params string[] ekstra)
    {
        string ud = Path.Combine(Repo.NyMappe(), "ud");
        var k = Koersel.Start([.. Alle[kommando], "--ud", ud, .. ekstra]);
        k.Kode.Should().Be(0, k.Fejl);
        return ud;
    }

    /// <summary>The files of <paramref name="ending"/> below <paramref name="mappe"/> as paths relative to it, <c>/</c> between folders, sorted.</summary>
    public static string[] Filer(string mappe, string ending) =>
        [.. Directory.GetFiles(mappe, "*" + ending, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(mappe, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
