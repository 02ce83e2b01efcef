using System.Globalization;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Kommuner;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>A reported kommune has no benchmark row for the data year (SPEC §5, §8.6): the opgørelse cannot be made.</summary>
public sealed class ManglendeBenchmarkException : DatagrundlagException
{
    /// <summary>The kommuner of <paramref name="kommuner"/> have no row for <paramref name="aar"/>.</summary>
    public ManglendeBenchmarkException(int aar, IReadOnlyList<int> kommuner)
        : this(aar, kommuner, StandardKilde, null)
    {
    }

    private ManglendeBenchmarkException(int aar, IReadOnlyList<int> kommuner, string kilde, string? afviste)
        : base(Tekst(aar, kommuner, kilde, afviste))
    {
        Aar = aar;
        Kommuner = kommuner;
        Kilde = kilde;
    }

    /// <summary>What the message calls the benchmark input until the reading names it (<see cref="I"/>).</summary>
    public const string StandardKilde = "benchmark.csv";

    public int Aar { get; }

    /// <summary>The reported kommuner without a row, in code order.</summary>
    public IReadOnlyList<int> Kommuner { get; }

    /// <summary>The benchmark input as found: <c>benchmark.csv</c>, <c>benchmark.parquet</c> or a table <c>S.benchmark</c>.</summary>
    public string Kilde { get; }

    /// <summary>The same error naming the benchmark input as it was read (SPEC §9.5: every message names what and where).</summary>
    public ManglendeBenchmarkException I(string kilde) => new(Aar, Kommuner, kilde, null);

    /// <summary>The same error, also naming how many benchmark rows were rejected and the first of them (SPEC §9.1), since a missing row may be among them.</summary>
    public ManglendeBenchmarkException MedAfviste(long antal, long linje, string aarsag) =>
        new(Aar, Kommuner, Kilde, string.Create(
            CultureInfo.InvariantCulture, $"{antal} {(antal == 1 ? "række" : "rækker")} i {Kilde} er afvist, den første er linje {linje}: {aarsag}"));

    private static string Tekst(int aar, IReadOnlyList<int> kommuner, string kilde, string? afviste)
    {
        ArgumentNullException.ThrowIfNull(kommuner);
        string mangler = string.Join(", ", kommuner.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {Kommuneliste.Navn(k)}")));
        string tekst = string.Create(CultureInfo.InvariantCulture, $"{kilde} har ingen række for {aar} for kommune {mangler}");
        return afviste is null ? tekst + "." : $"{tekst}; {afviste}.";
    }
}
