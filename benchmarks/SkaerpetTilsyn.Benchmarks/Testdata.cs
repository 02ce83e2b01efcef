using SkaerpetTilsyn.IO.Generering;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>A generated data set shared by the benches, made once per machine in the temp folder.</summary>
internal static class Testdata
{
    public const int Personer = 20_000;

    public static string Mappe { get; } = Path.Combine(Path.GetTempPath(), $"skaerpet-bench-{Personer}");

    public static string Fil(string navn)
    {
        if (!File.Exists(Path.Combine(Mappe, "benchmark.csv")))
        {
            new Datagenerator(new GeneratorValg { Personer = Personer, Seed = 1 }).Generer(Mappe);
        }

        return Path.Combine(Mappe, navn + ".csv");
    }
}
