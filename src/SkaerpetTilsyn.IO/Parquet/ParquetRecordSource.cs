using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Parquet;
using Parquet.Schema;
using SkaerpetTilsyn.IO.Kilder;
using ConvertedType = Parquet.Meta.ConvertedType;
using SchemaElement = Parquet.Meta.SchemaElement;

namespace SkaerpetTilsyn.IO.Parquet;

/// <summary>The records of one Parquet file (SPEC §13.1): one row group in memory at a time, each value turned into the text a CSV field would hold.</summary>
/// <remarks>
/// A row is line row number + 1, its text its fields joined by <c>,</c>; a NULL is an empty field. Every top-level column is a field, as every CSV
/// column is, so duplicates compare extra columns too; a column of a type with no text rule is an error before the first row. Parquet.Net is
/// asynchronous only: its calls run on the thread pool and are waited for, so no caller's synchronisation context is needed.
/// </remarks>
internal sealed class ParquetRecordSource : RecordSource
{
    /// <summary>The reject reason of CSV for the same bytes.</summary>
    private const string UgyldigUtf8 = "ugyldig UTF-8";

    private static readonly ParquetOptions s_valg = new() { UseDateOnlyTypeForDates = true };

    private readonly string _sti;
    private readonly bool _hash;
    private readonly FileStream _fil;
    private readonly ParquetReader _laeser;
    private readonly DataField[] _felter;
    private readonly Kolonne[] _kolonner;
    private readonly DataField?[] _somBytes;
    private readonly string[] _navne;
    private readonly string?[] _defekter = [];
    private readonly bool[] _afkodet;
    private readonly string?[]?[] _kolonneDefekter;
    private readonly Dictionary<System.Type, Array> _vaerdier = [];
    private int[] _niveauer = [];
    private ParquetRowGroupReader? _gruppelaeser;
    private bool _defekterSamlet;
    private int _gruppe = -1;
    private int _raekkerIGruppe;
    private int _iGruppe;
    private long _raekke;
    private string?[] _gruppeDefekter;

    private ParquetRecordSource(string sti, bool hash, FileStream fil, ParquetReader laeser)
        : base(Path.GetFileName(sti))
    {
        _sti = sti;
        _hash = hash;
        _fil = fil;
        _laeser = laeser;
        var skema = laeser.Schema;
        foreach (Field felt in skema.Fields)
        {
            if (felt is not DataField { IsArray: false })
            {
                throw Parquetfejl.Kolonnetype(Name, felt.Name, felt.SchemaType.ToString().ToUpperInvariant());
            }
        }

        _felter = skema.DataFields;
        _navne = new string[_felter.Length];
        _kolonner = new Kolonne[_felter.Length];
        for (int i = 0; i < _felter.Length; i++)
        {
            _navne[i] = _felter[i].Name;
            _kolonner[i] = new Kolonne(Kolonnetypen(_felter[i]));
        }

        // Parquet.Net decodes a string column itself, replacing bytes that are not UTF-8; the same column as binary gives the bytes stored.
        _somBytes = Array.ConvertAll(_felter, f => f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>) ? SomBytes(f) : null);

        _gruppeDefekter = _defekter;
        _afkodet = new bool[_felter.Length];
        _kolonneDefekter = new string?[]?[_felter.Length];
    }

    public override IReadOnlyList<string> Headers => _navne;

    public override int FieldCount => _navne.Length;

    public override long Line => _raekke + 1;

    /// <summary>Opens <paramref name="sti"/> and reads its schema; without <paramref name="hash"/> the file is not hashed (<see cref="Finish"/> cannot be called).</summary>
    public static ParquetRecordSource Open(string sti, bool hash = true)
    {
        FileStream fil;
        try
        {
            fil = new FileStream(sti, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Inddatafejl.Ulaeselig(sti, e);
        }

        try
        {
            var laeser = Vent(() => ParquetReader.CreateAsync(fil, s_valg, leaveStreamOpen: true), sti);
            try
            {
                return new ParquetRecordSource(sti, hash, fil, laeser);
            }
            catch
            {
                Luk(laeser);
                throw;
            }
        }
        catch
        {
            fil.Dispose();
            throw;
        }
    }

    public override bool Read(out string? defect)
    {
        if (!Naeste())
        {
            defect = null;
            return false;
        }

        defect = Defekt();
        return true;
    }

    /// <summary>Moves to the next row decoding, in a new row group, only column <paramref name="index"/>: the others when they are asked for.</summary>
    public override bool Skim(int index)
    {
        if (!Naeste())
        {
            return false;
        }

        if ((uint)index < (uint)_felter.Length)
        {
            Afkod(index);
        }

        return true;
    }

    public override string? SkimmedDefect => Defekt();

    public override ReadOnlySpan<byte> Field(int index)
    {
        Afkod(index);
        return _kolonner[index].Felt(_iGruppe - 1);
    }

    public override string RecordText()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < _kolonner.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Encoding.UTF8.GetString(Field(i)));
        }

        return sb.ToString();
    }

    /// <summary>The row count the footer gives.</summary>
    public override long? EstimateTotal(long sofar) => _laeser.Metadata?.NumRows;

    public override RecordSource OpenAgain() => Open(_sti, _hash);

    /// <summary>The SHA-256 of the file's bytes, read once more from its start: the footer is read first, so the rows cannot be hashed as they come.</summary>
    public override string Finish()
    {
        if (!_hash)
        {
            throw new InvalidOperationException("Finish needs a source opened with hashing.");
        }

        try
        {
            _fil.Position = 0;
            return Convert.ToHexStringLower(SHA256.HashData(_fil));
        }
        catch (IOException e)
        {
            throw Inddatafejl.Ulaeselig(_sti, e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gruppelaeser?.Dispose();
            Luk(_laeser);
            _fil.Dispose();
        }
    }

    /// <summary>A top-level text column as binary, placed in a schema of its own so that its levels are those of the file's column.</summary>
    private static DataField SomBytes(DataField felt)
    {
        var binaer = new DataField<ReadOnlyMemory<byte>>(felt.Name, felt.IsNullable);
        _ = new ParquetSchema(binaer);
        return binaer;
    }

    private static void Luk(ParquetReader laeser) => laeser.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static T Vent<T>(Func<Task<T>> kald, string sti)
    {
        try
        {
            return Task.Run(kald).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ParquetException or IOException or InvalidDataException or NotSupportedException or InvalidOperationException
            or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // The file opened; what fails after that is its content (Parquet.Net reports a wrong magic number as an IOException too).
            throw Parquetfejl.Ugyldig(Path.GetFileName(sti), e);
        }
    }

    private Tekstregel Kolonnetypen(DataField felt)
    {
        // A TIME of day is stored as INT32 or INT64, and Parquet.Net may hand it over as such; it is no integer of §13.1.
        if (Element(felt) is { } element && (element.LogicalType?.TIME is not null || element.ConvertedType is ConvertedType.TIME_MILLIS or ConvertedType.TIME_MICROS))
        {
            throw Parquetfejl.Kolonnetype(Name, felt.Name, Typenavn(felt));
        }

        System.Type clr = felt.ClrType;
        // Parquet.Net 6 describes a string column as ReadOnlyMemory<char>; it reads into strings all the same.
        if (clr == typeof(string) || clr == typeof(ReadOnlyMemory<char>))
        {
            return Tekstregel.Tekst;
        }

        if (clr == typeof(DateOnly))
        {
            return Tekstregel.Dato;
        }

        if (clr == typeof(DateTime))
        {
            return Tekstregel.Tidspunkt;
        }

        if (System.Type.GetTypeCode(clr) is TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.UInt32 or TypeCode.Int16 or TypeCode.UInt16
            or TypeCode.SByte or TypeCode.Byte)
        {
            return Tekstregel.Heltal;
        }

        if (clr == typeof(decimal))
        {
            return Tekstregel.Decimal;
        }

        if (clr == typeof(float))
        {
            return Tekstregel.Float;
        }

        return clr == typeof(double) ? Tekstregel.Double : throw Parquetfejl.Kolonnetype(Name, felt.Name, Typenavn(felt));
    }

    /// <summary>The column's type as its schema element names it, such as <c>BOOLEAN</c> or <c>BYTE_ARRAY</c>.</summary>
    private string Typenavn(DataField felt) => Element(felt) switch
    {
        { LogicalType.TIME: not null } e => $"{e.Type} TIME",
        { Type: { } fysisk } => fysisk.ToString(),
        _ => felt.ClrType.Name,
    };

    /// <summary>The footer's schema element of a top-level column.</summary>
    private SchemaElement? Element(DataField felt) => _laeser.Metadata?.Schema.Find(e => e.Name == felt.Name && e.Type is not null);

    private bool Naeste()
    {
        while (_iGruppe >= _raekkerIGruppe)
        {
            if (_gruppe + 1 >= _laeser.RowGroupCount)
            {
                return false;
            }

            _gruppelaeser?.Dispose();
            _gruppelaeser = _laeser.OpenRowGroupReader(++_gruppe);
            _raekkerIGruppe = checked((int)_gruppelaeser.RowCount);
            _iGruppe = 0;
            Array.Clear(_afkodet);
            Array.Clear(_kolonneDefekter);
            _gruppeDefekter = _defekter;
            _defekterSamlet = false;
        }

        _iGruppe++;
        _raekke++;
        return true;
    }

    /// <summary>The current row's reject reason: every column of its group decoded, the first column in file order with a reason giving it.</summary>
    private string? Defekt()
    {
        if (!_defekterSamlet)
        {
            string?[]? samlet = null;
            for (int i = 0; i < _felter.Length; i++)
            {
                Afkod(i);
                if (_kolonneDefekter[i] is { } defekter)
                {
                    samlet ??= new string?[_raekkerIGruppe];
                    for (int r = 0; r < defekter.Length; r++)
                    {
                        samlet[r] ??= defekter[r];
                    }
                }
            }

            _gruppeDefekter = samlet ?? _defekter;
            _defekterSamlet = true;
        }

        return _gruppeDefekter.Length == 0 ? null : _gruppeDefekter[_iGruppe - 1];
    }

    /// <summary>Decodes column <paramref name="i"/> of the current row group into its texts, once.</summary>
    private void Afkod(int i)
    {
        if (_afkodet[i])
        {
            return;
        }

        var laeser = _gruppelaeser!;
        int antal = _raekkerIGruppe;
        string?[]? defekter = null;
        var kolonne = _kolonner[i];
        kolonne.Nulstil(antal);
        switch (kolonne.Regel)
        {
            case Tekstregel.Tekst:
                var tekster = Raa<ReadOnlyMemory<byte>>(laeser, i, antal, out var tekstNiveauer);
                for (int r = 0, v = 0; r < antal; r++)
                {
                    if (!tekstNiveauer.IsEmpty && tekstNiveauer[r] == 0)
                    {
                        kolonne.TilfoejTom();
                    }
                    else if (!kolonne.Tilfoej(tekster[v++].Span))
                    {
                        // As in CSV (SPEC §9.5): bytes that are not UTF-8 reject the row, never decoded into another id.
                        defekter ??= new string?[antal];
                        defekter[r] ??= UgyldigUtf8;
                    }
                }

                // The values point into the column chunk's pages: let them go with the group.
                Array.Clear(Buffer<ReadOnlyMemory<byte>>(antal));
                break;
            case Tekstregel.Dato:
                Skriv(laeser, i, antal, static (DateOnly v, Span<byte> ud) => Parquettekst.Dato(v, ud));
                break;
            case Tekstregel.Tidspunkt:
                var tider = Raa<DateTime>(laeser, i, antal, out var tidNiveauer);
                for (int r = 0, v = 0; r < antal; r++)
                {
                    if (!tidNiveauer.IsEmpty && tidNiveauer[r] == 0)
                    {
                        kolonne.TilfoejTom();
                    }
                    else if (!Parquettekst.Tidspunkt(tider[v++], kolonne.Plads(), out int skrevet))
                    {
                        defekter ??= new string?[antal];
                        string vist = Encoding.ASCII.GetString(kolonne.Plads()[..skrevet]);
                        defekter[r] ??= $"tidspunkt i '{_navne[i]}' er ikke 00:00: '{vist}'";
                        kolonne.Skrevet(skrevet);
                    }
                    else
                    {
                        kolonne.Skrevet(skrevet);
                    }
                }

                break;
            case Tekstregel.Heltal:
                SkrivHeltal(laeser, i, antal);
                break;
            case Tekstregel.Decimal:
                Skriv(laeser, i, antal, static (decimal v, Span<byte> ud) => Parquettekst.Decimal(v, ud));
                break;
            case Tekstregel.Float:
                Skriv(laeser, i, antal, static (float v, Span<byte> ud) => Parquettekst.Flydende(v, ud));
                break;
            case Tekstregel.Double:
                Skriv(laeser, i, antal, static (double v, Span<byte> ud) => Parquettekst.Flydende(v, ud));
                break;
            default:
                throw new InvalidOperationException($"No text rule for {kolonne.Regel}.");
        }

        _kolonneDefekter[i] = defekter;
        _afkodet[i] = true;
    }

    /// <summary>An integer column read as the type it is stored as (INT(8), INT(16), unsigned too) and written in decimal.</summary>
    private void SkrivHeltal(ParquetRowGroupReader laeser, int i, int antal)
    {
        switch (System.Type.GetTypeCode(_felter[i].ClrType))
        {
            case TypeCode.Int32:
                Skriv(laeser, i, antal, static (int v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.Int64:
                Skriv(laeser, i, antal, static (long v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.UInt64:
                Skriv(laeser, i, antal, static (ulong v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.UInt32:
                Skriv(laeser, i, antal, static (uint v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.Int16:
                Skriv(laeser, i, antal, static (short v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.UInt16:
                Skriv(laeser, i, antal, static (ushort v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.SByte:
                Skriv(laeser, i, antal, static (sbyte v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            case TypeCode.Byte:
                Skriv(laeser, i, antal, static (byte v, Span<byte> ud) => Parquettekst.Heltal(v, ud));
                break;
            default:
                throw new InvalidOperationException($"No integer rule for {_felter[i].ClrType}.");
        }
    }

    /// <summary>Reads column <paramref name="i"/> as <typeparamref name="T"/> and writes each value's text, a NULL as an empty field.</summary>
    private void Skriv<T>(ParquetRowGroupReader laeser, int i, int antal, Formater<T> formater)
        where T : struct
    {
        var kolonne = _kolonner[i];
        var vaerdier = Raa<T>(laeser, i, antal, out var niveauer);
        for (int r = 0, v = 0; r < antal; r++)
        {
            if (!niveauer.IsEmpty && niveauer[r] == 0)
            {
                kolonne.TilfoejTom();
            }
            else
            {
                kolonne.Skrevet(formater(vaerdier[v++], kolonne.Plads()));
            }
        }
    }

    /// <summary>
    /// Column <paramref name="i"/> of the group: its non-NULL values in row order and, for a column that may hold NULL, each row's definition
    /// level (0 for NULL); empty levels when every row has a value.
    /// </summary>
    /// <remarks>Parquet.Net's raw read fills buffers the column keeps from group to group, with no value boxed in a nullable or copied to an array of its own.</remarks>
    private ReadOnlySpan<T> Raa<T>(ParquetRowGroupReader laeser, int i, int antal, out ReadOnlySpan<int> niveauer)
        where T : struct
    {
        var felt = _somBytes[i] ?? _felter[i];
        T[] vaerdier = Buffer<T>(antal);
        if (felt.IsNullable && _niveauer.Length < antal)
        {
            _niveauer = new int[antal];
        }

        int[]? definerede = felt.IsNullable ? _niveauer : null;
        Vent(async () =>
        {
            await laeser.ReadRawAsync<T>(felt, vaerdier.AsMemory(0, antal), definerede?.AsMemory(0, antal), null, default).ConfigureAwait(false);
            return 0;
        }, _sti);
        niveauer = definerede is null ? default : definerede.AsSpan(0, antal);
        return vaerdier;
    }

    /// <summary>The buffer values of type <typeparamref name="T"/> are read into, one per type for every column: a column is copied to its texts before the next is read.</summary>
    private T[] Buffer<T>(int antal)
    {
        if (!_vaerdier.TryGetValue(typeof(T), out Array? buffer) || buffer.Length < antal)
        {
            _vaerdier[typeof(T)] = buffer = new T[antal];
        }

        return (T[])buffer;
    }

    private delegate int Formater<in T>(T vaerdi, Span<byte> ud);

    /// <summary>One column of the current row group as UTF-8 texts laid end to end, with where each starts.</summary>
    private sealed class Kolonne(Tekstregel regel)
    {
        private byte[] _bytes = new byte[1 << 16];
        private int[] _start = new int[1024];
        private int _antal;

        public Tekstregel Regel { get; } = regel;

        public ReadOnlySpan<byte> Felt(int raekke) => _bytes.AsSpan(_start[raekke], _start[raekke + 1] - _start[raekke]);

        public void Nulstil(int antal)
        {
            if (_start.Length < antal + 1)
            {
                _start = new int[antal + 1];
            }

            _antal = 0;
            _start[0] = 0;
        }

        /// <summary>Room for the next value's text, when it is typed; <see cref="Skrevet"/> says how much was used.</summary>
        public Span<byte> Plads()
        {
            Sikr(Parquettekst.MaksBytes);
            return _bytes.AsSpan(_start[_antal]);
        }

        public void Skrevet(int laengde)
        {
            _start[_antal + 1] = _start[_antal] + laengde;
            _antal++;
        }

        /// <summary>Adds a NULL as an empty field.</summary>
        public void TilfoejTom() => Skrevet(0);

        /// <summary>Adds a text value; <see langword="false"/> when its bytes are not UTF-8.</summary>
        public bool Tilfoej(ReadOnlySpan<byte> tekst)
        {
            Sikr(tekst.Length);
            tekst.CopyTo(_bytes.AsSpan(_start[_antal]));
            Skrevet(tekst.Length);
            return Utf8.IsValid(tekst);
        }

        private void Sikr(int plads)
        {
            int brugt = _start[_antal];
            if (_bytes.Length - brugt >= plads)
            {
                return;
            }

            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, brugt + plads));
        }
    }
}
