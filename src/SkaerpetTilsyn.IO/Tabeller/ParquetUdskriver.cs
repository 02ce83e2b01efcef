using Parquet;
using Parquet.Schema;

namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>Writes a table writer's records as a Parquet file with typed columns (SPEC §13.3): the header gives the schema, each column typed by <see cref="Kolonnetyper"/>.</summary>
/// <remarks>
/// Rows are written in row groups of <see cref="Raekkegruppe"/>, so a large table never sits in memory whole; the grouping depends only on the row
/// count, and Parquet.Net writes no clock time or random id, so the same rows give the same bytes. Parquet.Net is asynchronous only; its calls run on
/// the thread pool and are waited for, since the writers are synchronous and a caller's synchronisation context must not be needed to finish them.
/// </remarks>
internal sealed class ParquetUdskriver(Stream stream, string tabel) : IRaekkemaal
{
    /// <summary>Rows per row group.</summary>
    public const int Raekkegruppe = 100_000;

    private static readonly ParquetOptions s_valg = new() { CompressionMethod = CompressionMethod.Snappy };

    private Kolonne[]? _kolonner;
    private ParquetWriter? _writer;
    private int _iGruppe;
    private long _raekker;

    public void Raekke(ReadOnlySpan<string?> felter)
    {
        if (_kolonner is null)
        {
            Begynd(felter);
            return;
        }

        if (felter.Length != _kolonner.Length)
        {
            throw new InvalidOperationException($"A row of {tabel} has {felter.Length} fields, the header {_kolonner.Length}.");
        }

        _raekker++;
        for (int i = 0; i < felter.Length; i++)
        {
            _kolonner[i].Tilfoej(_iGruppe, felter[i] is { Length: > 0 } t ? t : null, new Feltsted(tabel, _kolonner[i].Felt.Name, _raekker));
        }

        if (++_iGruppe == Raekkegruppe)
        {
            SkrivGruppe();
        }
    }

    public void Dispose()
    {
        if (_writer is null)
        {
            return;
        }

        if (_iGruppe > 0)
        {
            SkrivGruppe();
        }

        Vent(() => _writer.DisposeAsync().AsTask());
        _writer = null;
    }

    private static void Vent(Func<Task> arbejde) => Task.Run(arbejde).GetAwaiter().GetResult();

    private void Begynd(ReadOnlySpan<string?> overskrift)
    {
        var kolonner = new Kolonne[overskrift.Length];
        for (int i = 0; i < overskrift.Length; i++)
        {
            string navn = overskrift[i] ?? throw new ArgumentException("A header has no empty column name.", nameof(overskrift));
            kolonner[i] = Kolonnetyper.Type(tabel, navn) switch
            {
                Kolonnetype.Heltal => new Heltalskolonne(navn),
                Kolonnetype.Dato => new Datokolonne(navn),
                Kolonnetype.Procent => new Decimalkolonne(navn, Kolonnetype.Procent),
                Kolonnetype.Timer => new Decimalkolonne(navn, Kolonnetype.Timer),
                _ => new Tekstkolonne(navn),
            };
        }

        var skema = new ParquetSchema(Array.ConvertAll(kolonner, k => (Field)k.Felt));
        _writer = Task.Run(() => ParquetWriter.CreateAsync(skema, stream, s_valg)).GetAwaiter().GetResult();
        _kolonner = kolonner;
    }

    private void SkrivGruppe()
    {
        int antal = _iGruppe;
        var kolonner = _kolonner!;
        var writer = _writer!;
        Vent(async () =>
        {
            using var gruppe = writer.CreateRowGroup();
            foreach (var k in kolonner)
            {
                await k.Skriv(gruppe, antal).ConfigureAwait(false);
            }
        });
        _iGruppe = 0;
    }

    /// <summary>One column's values of the current row group.</summary>
    private abstract class Kolonne(DataField felt)
    {
        public DataField Felt { get; } = felt;

        /// <summary>Puts the value of <paramref name="tekst"/> (null: NULL) at row <paramref name="i"/> of the group.</summary>
        public abstract void Tilfoej(int i, string? tekst, in Feltsted sted);

        public abstract Task Skriv(ParquetRowGroupWriter gruppe, int antal);

        /// <summary>Grows <paramref name="vaerdier"/> so that row <paramref name="i"/> fits, doubling up to a row group, so small tables stay small.</summary>
        protected static void Plads<T>(ref T[] vaerdier, int i)
        {
            if (i >= vaerdier.Length)
            {
                Array.Resize(ref vaerdier, Math.Min(Raekkegruppe, Math.Max(16, vaerdier.Length * 2)));
            }
        }
    }

    private sealed class Tekstkolonne(string navn) : Kolonne(new DataField<string>(navn, true))
    {
        private string?[] _v = [];

        public override void Tilfoej(int i, string? tekst, in Feltsted sted)
        {
            Plads(ref _v, i);
            _v[i] = tekst;
        }

        public override Task Skriv(ParquetRowGroupWriter gruppe, int antal) => gruppe.WriteAsync(Felt, new ArraySegment<string>(_v!, 0, antal), null);
    }

    private sealed class Heltalskolonne(string navn) : Kolonne(new DataField<int?>(navn))
    {
        private int?[] _v = [];

        public override void Tilfoej(int i, string? tekst, in Feltsted sted)
        {
            Plads(ref _v, i);
            _v[i] = tekst is null ? null : Feltvaerdi.Heltal(tekst, sted);
        }

        public override Task Skriv(ParquetRowGroupWriter gruppe, int antal) => gruppe.WriteAsync<int>(Felt, _v.AsMemory(0, antal), null, null, default);
    }

    private sealed class Datokolonne(string navn) : Kolonne(new DataField<DateOnly?>(navn))
    {
        private DateOnly?[] _v = [];

        public override void Tilfoej(int i, string? tekst, in Feltsted sted)
        {
            Plads(ref _v, i);
            _v[i] = tekst is null ? null : Feltvaerdi.Dato(tekst, sted);
        }

        public override Task Skriv(ParquetRowGroupWriter gruppe, int antal) => gruppe.WriteAsync<DateOnly>(Felt, _v.AsMemory(0, antal), null, null, default);
    }

    private sealed class Decimalkolonne : Kolonne
    {
        private readonly Kolonnetype _type;
        private decimal?[] _v = [];

        public Decimalkolonne(string navn, Kolonnetype type)
            : base(Decimalfelt(navn, type))
        {
            _type = type;
        }

        public override void Tilfoej(int i, string? tekst, in Feltsted sted)
        {
            Plads(ref _v, i);
            _v[i] = tekst is null ? null : Feltvaerdi.Decimal(tekst, _type, sted);
        }

        public override Task Skriv(ParquetRowGroupWriter gruppe, int antal) => gruppe.WriteAsync<decimal>(Felt, _v.AsMemory(0, antal), null, null, default);

        private static DecimalDataField Decimalfelt(string navn, Kolonnetype type)
        {
            var (praecision, decimaler) = Kolonnetyper.Decimalformat(type);
            return new DecimalDataField(navn, praecision, decimaler, isNullable: true);
        }
    }
}
