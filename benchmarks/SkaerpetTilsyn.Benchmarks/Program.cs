using BenchmarkDotNet.Running;
using SkaerpetTilsyn.Testvaerktoej;

// `parquet FRA TIL tekst|typede [RÆKKER]`: the data folder FRA written as Parquet into TIL (row groups of RÆKKER rows, default
// 1,000,000), for benchmarks/parquet.sh.
if (args is ["parquet", string fra, string til, string typer, .. var resten] && resten.Length <= 1)
{
    int raekker = resten is [string antal] ? int.Parse(antal, System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    CsvTilParquet.Mappe(fra, til, typede: typer == "typede", raekkegruppe: raekker);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
