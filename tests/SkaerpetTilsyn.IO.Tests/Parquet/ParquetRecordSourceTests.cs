using System.Security.Cryptography;
using System.Text;
using Parquet;
using Parquet.Schema;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Parquet;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Tests.Parquet;

/// <summary>SPEC §13.1: a Parquet file framed as records — line = row number + 1 across row groups, NULL empty, the text joined by <c>,</c>, a TIMESTAMP after 00:00 rejected, a column without a text rule exit 2.</summary>
public sealed class ParquetRecordSourceTests : IDisposable
{
    private static readonly Indlaesningsvalg s_valg = new();
    private readonly Datamappe _mappe = new();

    public void Dispose() => _mappe.Dispose();

    [Fact]
    public void Read_ToRaekkegrupper_LinjerTeksterOgNull()
    {
        string sti = Skriv(
            "ydelser.parquet",
            [new DataField<string>("person_id", true), new DataField<int?>("kommune"), new DataField<DateOnly?>("fra"), new DecimalDataField("timer", 9, 2, isNullable: true)],
            [new[] { "p1", "p2" }, new int?[] { 101, null }, new DateOnly?[] { new DateOnly(2021, 6, 17), null }, new decimal?[] { 1.10m, 100m }],
            [new[] { "p3" }, new int?[] { 860 }, new DateOnly?[] { new DateOnly(2024, 2, 29) }, new decimal?[] { null }]);
        using var kilde = ParquetRecordSource.Open(sti);
        var set = new List<(long, string, int)>();
        while (kilde.Read(out string? defekt))
        {
            defekt.Should().BeNull();
            set.Add((kilde.Line, kilde.RecordText(), kilde.FieldCount));
        }

        kilde.Headers.Should().Equal("person_id", "kommune", "fra", "timer");
        set.Should().Equal((2, "p1,101,2021-06-17,1.1", 4), (3, "p2,,,100", 4), (4, "p3,860,2024-02-29,", 4));
        kilde.EstimateTotal(1).Should().Be(3);
        kilde.Finish().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sti))));
    }

    [Fact]
    public void Read_NullFoerOgMellemVaerdier_HverVaerdiIEgenRaekke()
    {
        // A column that may hold NULL is read as its values without the NULLs and a level per row: each value must land in its own row.
        string sti = Skriv(
            "fritagelser.parquet",
            [new DataField<string>("person_id", true), new DataField<int?>("kommune"), new DataField<DateOnly?>("fra"), new DateTimeDataField("til", DateTimeFormat.Timestamp, isNullable: true)],
            [new[] { null, "p2", null, "p4" }, new int?[] { null, 101, null, 860 }, new DateOnly?[] { null, null, new DateOnly(2021, 6, 17), new DateOnly(2022, 1, 3) }, new DateTime?[] { new DateTime(2021, 1, 4), null, null, new DateTime(2021, 2, 5) }],
            [new[] { "p5", null }, new int?[] { null, 147 }, new DateOnly?[] { null, new DateOnly(2023, 12, 31) }, new DateTime?[] { null, new DateTime(2023, 3, 22) }]);
        using var kilde = ParquetRecordSource.Open(sti);
        var tekster = new List<string>();
        while (kilde.Read(out string? defekt))
        {
            defekt.Should().BeNull();
            tekster.Add(kilde.RecordText());
        }

        tekster.Should().Equal(",,,2021-01-04", "p2,101,,", ",,2021-06-17,", "p4,860,2022-01-03,2021-02-05", "p5,,,", ",147,2023-12-31,2023-03-22");
    }

    [Fact]
    public void Read_TidspunktEfterMidnat_RaekkenAfvisesMedTidspunktet()
    {
        string sti = Skriv(
            "tilbud.parquet",
            [new DataField<string>("person_id", true), new DateTimeDataField("fra", DateTimeFormat.Timestamp, isNullable: true)],
            [new[] { "p1", "p2", "p3" }, new DateTime?[] { new DateTime(2021, 6, 17), new DateTime(2021, 6, 17, 0, 0, 1), null }]);
        using var kilde = ParquetRecordSource.Open(sti);
        var set = new List<(long, string?, string)>();
        while (kilde.Read(out string? defekt))
        {
            set.Add((kilde.Line, defekt, kilde.RecordText()));
        }

        set.Should().Equal(
            (2, null, "p1,2021-06-17"),
            (3, "tidspunkt i 'fra' er ikke 00:00: '2021-06-17T00:00:01'", "p2,2021-06-17T00:00:01"),
            (4, null, "p3,"));
    }

    [Fact]
    public void Raekkekontrol_TidspunktOgDublet_AfvistSomCsv()
    {
        string sti = Skriv(
            "samtaler.parquet",
            [new DataField<string>("person_id", true), new DateTimeDataField("dato", DateTimeFormat.Timestamp, isNullable: true), new DataField<string>("type", true)],
            [new[] { "p1", "p1", "p2" }, new DateTime?[] { new DateTime(2021, 1, 4), new DateTime(2021, 1, 4), new DateTime(2021, 1, 4, 9, 30, 0) }, new[] { " jobsamtale", "jobsamtale", "jobsamtale" }]);
        using var kilde = ParquetRecordSource.Open(sti);
        var afviste = new List<Afvisning>();
        var kontrol = new Raekkekontrol(kilde, s_valg, afviste, Dubletkontrol.HeleFilen());
        int nye = 0;
        while (kontrol.Naeste())
        {
            if (!kontrol.Dubletter.ErDublet(kontrol.Noegle()))
            {
                nye++;
            }
        }

        nye.Should().Be(1, "the trimmed fields of p1's two rows are identical");
        afviste.Should().Equal(new Afvisning("samtaler.parquet", 4, "tidspunkt i 'dato' er ikke 00:00: '2021-01-04T09:30:00'", "p2,2021-01-04T09:30:00,jobsamtale"));
    }

    [Fact]
    public void Read_TekstDerIkkeErUtf8_RaekkenAfvisesSomICsv()
    {
        string sti = Skriv(
            "ydelser.parquet",
            [new DataField<string>("person_id", true), new DataField<string>("ydelse", true)],
            [new[] { "p1", "p2" }, new[] { "xÆy", "sho" }]);
        byte[] bytes = File.ReadAllBytes(sti);
        byte[] gyldig = Encoding.UTF8.GetBytes("xÆy");
        int rettet = 0;

        // Every copy: a page header's statistics hold the value too.
        for (int sted = bytes.AsSpan().IndexOf(gyldig); sted >= 0; sted = bytes.AsSpan().IndexOf(gyldig))
        {
            bytes[sted + 1] = 0xFF;
            rettet++;
        }

        rettet.Should().BeGreaterThan(0, "an uncompressed page holds the text as written");
        File.WriteAllBytes(sti, bytes);
        using var kilde = ParquetRecordSource.Open(sti);
        var defekter = new List<(long, string?)>();
        while (kilde.Read(out string? defekt))
        {
            defekter.Add((kilde.Line, defekt));
        }

        defekter.Should().Equal((2, "ugyldig UTF-8"), (3, null));
    }

    [Fact]
    public void Skim_KunEnKolonneAfkodet_SammeDefektSomRead()
    {
        // The first pass decodes only person_id; asked for, a row's reason is still that of the first column in file order with one.
        string sti = Skriv(
            "tilbud.parquet",
            [new DataField<string>("type", true), new DataField<string>("person_id", true), new DateTimeDataField("fra", DateTimeFormat.Timestamp, isNullable: true)],
            [new[] { "xÆy", "loentilskud", "nytteindsats" }, new[] { "p1", "p2", "p3" }, new DateTime?[] { new DateTime(2021, 6, 17, 8, 0, 0), new DateTime(2021, 6, 17, 8, 0, 0), new DateTime(2021, 6, 17) }]);
        byte[] bytes = File.ReadAllBytes(sti);
        byte[] gyldig = Encoding.UTF8.GetBytes("xÆy");
        for (int sted = bytes.AsSpan().IndexOf(gyldig); sted >= 0; sted = bytes.AsSpan().IndexOf(gyldig))
        {
            bytes[sted + 1] = 0xFF;
        }

        File.WriteAllBytes(sti, bytes);
        var laest = new List<(string?, string)>();
        using (var kilde = ParquetRecordSource.Open(sti))
        {
            while (kilde.Read(out string? defekt))
            {
                laest.Add((defekt, Encoding.UTF8.GetString(kilde.Field(1))));
            }
        }

        var skimmet = new List<(string?, string)>();
        using (var kilde = ParquetRecordSource.Open(sti))
        {
            while (kilde.Skim(1))
            {
                string id = Encoding.UTF8.GetString(kilde.Field(1));
                skimmet.Add((kilde.SkimmedDefect, id));
            }
        }

        laest.Should().Equal(("ugyldig UTF-8", "p1"), ("tidspunkt i 'fra' er ikke 00:00: '2021-06-17T08:00:00'", "p2"), (null, "p3"));
        skimmet.Should().Equal(laest);
    }

    [Theory]
    [InlineData("bool", "BOOLEAN")]
    [InlineData("bytes", "BYTE_ARRAY")]
    [InlineData("tid", "INT64 TIME")]
    [InlineData("tidms", "INT32 TIME")]
    public void Open_KolonneUdenTekstregel_Exit2MedFilOgKolonne(string type, string navn)
    {
        DataField felt = type switch
        {
            "bool" => new DataField<bool?>("aktiv"),
            "bytes" => new DataField<byte[]>("aktiv", true),
            "tid" => new TimeDataField("aktiv", TimeUnitPrecision.Micros, isNullable: true),
            _ => new TimeDataField("aktiv", TimeUnitPrecision.Millis, isNullable: true),
        };
        Array vaerdier = type switch
        {
            "bool" => new bool?[] { true },
            "bytes" => new byte[][] { [1, 2] },
            "tid" => new long?[] { 3_600_000_000 },
            _ => new int?[] { 3_600_000 },
        };
        string sti = Skriv("ydelser.parquet", [new DataField<string>("person_id", true), felt], [new[] { "p1" }, vaerdier]);

        var open = () => ParquetRecordSource.Open(sti);

        open.Should().Throw<InputFejlException>().WithMessage(
            $"ydelser.parquet har kolonnen 'aktiv' af typen {navn}, som ikke kan læses; brug tekst, DATE, TIMESTAMP, INT32, INT64, DECIMAL, FLOAT eller DOUBLE.");
    }

    [Fact]
    public void Open_IkkeParquet_Exit2()
    {
        string sti = _mappe.Fil("ydelser.parquet");
        File.WriteAllText(sti, "person_id,kommune\np1,101\n");

        var open = () => ParquetRecordSource.Open(sti);

        open.Should().Throw<InputFejlException>().WithMessage("ydelser.parquet er ikke en gyldig Parquet-fil.");
    }

    [Fact]
    public void Open_HeltalAfAndreBredder_SomDecimaltal()
    {
        string sti = Skriv(
            "benchmark.parquet",
            [new DataField<short?>("aar"), new DataField<long>("kommune"), new DataField<float?>("faktisk"), new DataField<double>("forventet")],
            [new short?[] { 2023, null }, new long[] { 101, 860 }, new float?[] { 16.4f, null }, new double[] { 1e21, 0.1 }]);
        using var kilde = ParquetRecordSource.Open(sti);
        var tekster = new List<string>();
        while (kilde.Read(out _))
        {
            tekster.Add(kilde.RecordText());
        }

        tekster.Should().Equal("2023,101,16.4,1000000000000000000000", ",860,,0.1");
    }

    /// <summary>Writes one row group per entry of <paramref name="grupper"/>, each a column array per field.</summary>
    private string Skriv(string navn, DataField[] felter, params Array[][] grupper)
    {
        string sti = _mappe.Fil(navn);
        Task.Run(async () =>
        {
            await using var ud = File.Create(sti);
            await using var skriver = await ParquetWriter.CreateAsync(new ParquetSchema(felter), ud, new ParquetOptions { UseDateOnlyTypeForDates = true, CompressionMethod = CompressionMethod.None });
            foreach (var gruppe in grupper)
            {
                using var rg = skriver.CreateRowGroup();
                for (int i = 0; i < felter.Length; i++)
                {
                    await SkrivKolonne(rg, felter[i], gruppe[i]);
                }
            }
        }).GetAwaiter().GetResult();
        return sti;
    }

    private static Task SkrivKolonne(ParquetRowGroupWriter rg, DataField felt, Array v) => v switch
    {
        string[] s => rg.WriteAsync(felt, s, null),
        byte[][] b => rg.WriteAsync(felt, b, null),
        int?[] x => rg.WriteAsync<int>(felt, x, null, null, default),
        short?[] x => rg.WriteAsync<short>(felt, x, null, null, default),
        long[] x => rg.WriteAsync<long>(felt, x, null, null, default),
        long?[] x => rg.WriteAsync<long>(felt, x, null, null, default),
        float?[] x => rg.WriteAsync<float>(felt, x, null, null, default),
        double[] x => rg.WriteAsync<double>(felt, x, null, null, default),
        bool?[] x => rg.WriteAsync<bool>(felt, x, null, null, default),
        decimal?[] x => rg.WriteAsync<decimal>(felt, x, null, null, default),
        DateOnly?[] x => rg.WriteAsync<DateOnly>(felt, x, null, null, default),
        DateTime?[] x => rg.WriteAsync<DateTime>(felt, x, null, null, default),
        _ => throw new ArgumentException($"No writer for {v.GetType()}.", nameof(v)),
    };
}
