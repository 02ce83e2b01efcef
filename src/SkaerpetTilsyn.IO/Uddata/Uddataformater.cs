using System.Diagnostics;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>The names of <see cref="Uddataformat"/> as <c>--format</c> takes them and <c>koersel.json</c> records them.</summary>
public static class Uddataformater
{
    /// <summary>Every name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Navne { get; } = [Navn(Uddataformat.Csv), Navn(Uddataformat.Parquet), Navn(Uddataformat.Begge)];

    public static string Navn(Uddataformat format) => format switch
    {
        Uddataformat.Csv => "csv",
        Uddataformat.Parquet => "parquet",
        Uddataformat.Begge => "begge",
        _ => throw new UnreachableException($"Uddataformat har ingen kendt værdi {format}."),
    };

    /// <summary>The format named <paramref name="navn"/> (exactly as <see cref="Navn"/> writes it); false for any other text.</summary>
    public static bool Fortolk(string navn, out Uddataformat format)
    {
        foreach (Uddataformat f in Enum.GetValues<Uddataformat>())
        {
            if (string.Equals(navn, Navn(f), StringComparison.Ordinal))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Whether the tables are written as <c>NAME.csv</c>.</summary>
    internal static bool SkriverCsv(this Uddataformat format) => format != Uddataformat.Parquet;

    /// <summary>Whether the tables are written as <c>NAME.parquet</c>.</summary>
    internal static bool SkriverParquet(this Uddataformat format) => format != Uddataformat.Csv;
}
