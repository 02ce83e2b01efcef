using BenchmarkDotNet.Attributes;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>The whole read-measure-decide pass of an opgørelse over the generated set, per thread count (persons/s = 20,000 / mean).</summary>
[MemoryDiagnoser]
public class StroemBench
{
    [Params(1, 2)]
    public int Traade { get; set; }

    [GlobalSetup]
    public void Setup() => Testdata.Fil("ydelser");

    [Benchmark]
    public Opgoerelsesresultat LaesOgMaal2023() =>
        Indlaeser.Laes(Testdata.Mappe, new Indlaesningsvalg { KraevBenchmark = true, Traade = Traade }, () =>
            new Aarsberegning(Regelsaet.Bek301_2023, 2023, Frister.StandardMeddelelse(2023))).Resultat;
}
