using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Csv;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>
/// The first pass over a person file (hash it, find the rows out of person_id order) and the full read after it, framed by CsvHelper
/// (<see cref="CsvRecordSource"/>) and line by line (<see cref="PlainCsvRecordSource"/>), against the SHA-256 alone.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Konfiguration))]
public class ForscanBench
{
    [Params("ydelser", "samtaler")]
    public string Fil { get; set; } = "";

    [GlobalSetup]
    public void Setup() => Testdata.Fil(Fil);

    /// <summary>The floor: reading and hashing the bytes.</summary>
    [Benchmark]
    public int Sha256()
    {
        using var fil = File.OpenRead(Testdata.Fil(Fil));
        return SHA256.HashData(fil).Length;
    }

    [Benchmark(Baseline = true)]
    public long ForscanCsvHelper() => Forscan(CsvRecordSource.Open(Testdata.Fil(Fil), new Indlaesningsvalg()));

    [Benchmark]
    public long ForscanLinjer() => Forscan(PlainCsvRecordSource.Open(Testdata.Fil(Fil), new Indlaesningsvalg()));

    [Benchmark]
    public long LaesCsvHelper() => Laes(CsvRecordSource.Open(Testdata.Fil(Fil), new Indlaesningsvalg(), hash: false));

    [Benchmark]
    public long LaesLinjer() => Laes(PlainCsvRecordSource.Open(Testdata.Fil(Fil), new Indlaesningsvalg(), hash: false));

    /// <summary>What the first pass does with each record of a sorted file: compare its trimmed person_id with the largest so far.</summary>
    private static long Forscan(RecordSource kilde)
    {
        using (kilde)
        {
            int kolonne = kilde.Column("person_id");
            byte[] stoerst = new byte[Raekkekontrol.PersonIdMaksBytes];
            int laengde = 0;
            long ude = 0;
            while (kilde.Read(out _))
            {
                ReadOnlySpan<byte> id = kolonne < kilde.FieldCount ? kilde.TrimmedField(kolonne) : default;
                int c = id.SequenceCompareTo(stoerst.AsSpan(0, laengde));
                if (c > 0 && id.Length <= stoerst.Length)
                {
                    id.CopyTo(stoerst);
                    laengde = id.Length;
                }
                else if (c < 0)
                {
                    ude++;
                }
            }

            return ude + kilde.Finish().Length;
        }
    }

    private long Laes(RecordSource kilde) => Fil == "ydelser" ? Stroemlaesning.Laes<YdelseLaeser, Ydelsesperiode>(kilde, afslut: false) : Stroemlaesning.Laes<SamtaleLaeser, Samtale>(kilde, afslut: false);

    private sealed class Konfiguration : ManualConfig
    {
        public Konfiguration() => AddColumn(new MbPrSekundKolonne());
    }
}
