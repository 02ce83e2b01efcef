using System.Globalization;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Kommuner;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>A reported kommune has no benchmark row for the data year (SPEC §5, §8.6): the opgørelse cannot be made.</summary>
public sealed class ManglendeBenchmarkException : DatagrundlagException
{
    /// <summary>The kommuner of <paramref name="kommuner"/> have no row for <paramref name="aar"/>; <paramref name="afviste"/> names the file's rejected rows, if any.</summary>
    public ManglendeBenchmarkException(int aar, IReadOnlyList<int> kommuner, string? afviste = null)
        : base(Tekst(aar, kommuner, afviste))
    {
        Aar = aar;
        Kommuner = kommuner;
    }

    public int Aar { get; }

    /// <summary>The reported kommuner without a row, in code order.</summary>
    public IReadOnlyList<int> Kommuner { get; }

    /// <summary>The same error, also naming how many benchmark rows were rejected and the first of them (SPEC §9.1), since a missing row may be among them.</summary>
    public ManglendeBenchmarkException MedAfviste(long antal, long linje, string aarsag) =>
        new(Aar, Kommuner, string.Create(
            CultureInfo.InvariantCulture, $"{antal} {(antal == 1 ? "række" : "rækker")} i benchmark.csv er afvist, den første er linje {linje}: {aarsag}"));

    private static string Tekst(int aar, IReadOnlyList<int> kommuner, string? afviste)
    {
        ArgumentNullException.ThrowIfNull(kommuner);
        string mangler = string.Join(", ", kommuner.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {Kommuneliste.Navn(k)}")));
        string tekst = string.Create(CultureInfo.InvariantCulture, $"benchmark.csv har ingen række for {aar} for kommune {mangler}");
        return afviste is null ? tekst + "." : $"{tekst}; {afviste}.";
    }
}
