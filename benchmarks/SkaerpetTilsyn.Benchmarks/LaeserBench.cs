using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsvHelper;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Csv;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Raekker;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>Reading each kind of person file the way the streaming opgørelse does (parse, validate, de-duplicate, SHA-256), against CsvHelper's bare scan.</summary>
[MemoryDiagnoser]
[Config(typeof(Konfiguration))]
public class LaeserBench
{
    [Params("ydelser", "samtaler", "tilbud", "timer", "fritagelser")]
    public string Fil { get; set; } = "";

    [GlobalSetup]
    public void Setup() => Testdata.Fil(Fil);

    /// <summary>CsvHelper alone: every field of every row as a span, nothing checked.</summary>
    [Benchmark(Baseline = true)]
    public long CsvScan()
    {
        using var reader = CsvReader.Create(File.OpenRead(Testdata.Fil(Fil)), new CsvReaderOptions { Separator = ',', TrackLineNumbers = true }, leaveOpen: false);
        long n = 0;
        while (reader.Read())
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                n += reader.GetSpan(i).Length;
            }
        }

        return n;
    }

    [Benchmark]
    public long Laes() => Fil switch
    {
        "ydelser" => Laes<YdelseLaeser, Ydelsesperiode>(),
        "samtaler" => Laes<SamtaleLaeser, Samtale>(),
        "tilbud" => Laes<TilbudLaeser, Tilbud>(),
        "timer" => Laes<TimeLaeser, Timeperiode>(),
        _ => Laes<FritagelseLaeser, Fritagelse>(),
    };

    private long Laes<TLaeser, TRaekke>()
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : unmanaged =>
        Stroemlaesning.Laes<TLaeser, TRaekke>(CsvRecordSource.Open(Testdata.Fil(Fil), new Indlaesningsvalg()), afslut: true);

    private sealed class Konfiguration : ManualConfig
    {
        public Konfiguration() => AddColumn(new MbPrSekundKolonne());
    }
}
