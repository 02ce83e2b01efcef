using BenchmarkDotNet.Attributes;
using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>The whole read-and-measure pass of an opgørelse over the generated set, per thread count (persons/s = 20,000 / mean).</summary>
[MemoryDiagnoser]
public class StroemBench
{
    [Params(1, 2)]
    public int Traade { get; set; }

    [GlobalSetup]
    public void Setup() => Testdata.Fil("ydelser");

    [Benchmark]
    public Maanedstaellere LaesOgMaal2023()
    {
        Maaler maaler = null!;
        Indlaeser.Laes(Testdata.Mappe, new Indlaesningsvalg { KraevBenchmark = true, Traade = Traade }, () =>
        {
            maaler = new Maaler(Regelsaet.Bek301_2023, new YearMonth(2023, 1), new YearMonth(2023, 12), new YearMonth(2023, 12));
            return maaler.MaalPerson;
        });
        return maaler.Taellere;
    }
}
