using BenchmarkDotNet.Running;
using SkaerpetTilsyn.Testvaerktoej;

// `parquet FRA TIL tekst|typede`: the data folder FRA written as Parquet into TIL, for benchmarks/national.sh's Parquet runs.
if (args is ["parquet", string fra, string til, string typer])
{
    CsvTilParquet.Mappe(fra, til, typede: typer == "typede", raekkegruppe: 1_000_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
