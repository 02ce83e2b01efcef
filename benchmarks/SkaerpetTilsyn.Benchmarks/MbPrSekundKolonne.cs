using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>Throughput in MB/s of a bench that reads the file named by its <c>Fil</c> parameter.</summary>
public sealed class MbPrSekundKolonne : IColumn
{
    public string Id => nameof(MbPrSekundKolonne);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes of the input file read per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || benchmarkCase.Parameters["Fil"] is not string fil)
        {
            return "-";
        }

        double bytes = new FileInfo(Testdata.Fil(fil)).Length;
        return (bytes / (stats.Mean / 1e9) / 1e6).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
