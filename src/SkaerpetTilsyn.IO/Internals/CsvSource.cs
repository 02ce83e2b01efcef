using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Internals;

/// <summary>One input file being read: rows with the header's field count, typed field checks that reject a bad row with its reason, de-duplication and the file's counts.</summary>
/// <remarks>Every <c>Try…</c> check rejects the current row when it fails, so a caller stops at the first failing check and moves on.</remarks>
internal sealed class CsvSource : IDisposable
{
    public const int MaxPersonIdLength = 64;

    /// <summary>The longest line read as a row; a longer one is cut and rejected (the bytes past the limit are never held).</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>The longest record the reader buffers: room for a cut line, so only a quote that never closes reaches it.</summary>
    private const int MaxRecordBytes = 4 * MaxLineBytes;

    /// <summary>The most characters of a rejected row kept in <c>afviste.csv</c>, and of a field quoted in a reason.</summary>
    private const int MaxVist = 1000;

    private static readonly SearchValues<byte> s_komma = SearchValues.Create(",\0"u8);

    private readonly string _path;
    private readonly bool _gzip;
    private readonly bool _strict;
    private readonly bool _tilladCpr;
    private readonly Linjebegraenser _linjer;
    private readonly SearchValues<byte> _adskillere;
    private readonly byte _separator;
    private int _afkortedeSet;
    private readonly List<Afvisning> _rejected;
    private readonly HashingStream _file;
    private readonly CountingStream? _decompressed;
    private readonly CsvReader _reader;
    private static readonly bool[] s_kommuner = KommuneTabel();
    private static readonly SearchValues<byte> s_saerlige = SearchValues.Create("\" \t\0"u8);

    private readonly Raekkesaet _seen = new();
    private readonly ArrayBufferWriter<byte> _key = new();
    private readonly int _fieldCount;
    private readonly byte[] _personId = new byte[MaxPersonIdLength * 4];
    private char[] _chars = new char[MaxPersonIdLength];
    private int _personKolonne = -1;
    private bool _udskudt;
    private int _personIdLaengde = -1;
    private long _read;
    private long _used;
    private long _rejectedCount;
    private long _duplicates;

    private CsvSource(string path, string name, Indlaesningsvalg valg, List<Afvisning> rejected, HashingStream file)
    {
        _path = path;
        Valg = valg;
        Name = name;
        _gzip = name.EndsWith(".gz", StringComparison.Ordinal);
        _strict = valg.Strict;
        _tilladCpr = valg.TilladCpr;
        _separator = (byte)valg.Separator;
        _adskillere = valg.Separator == ',' ? s_komma : SearchValues.Create([_separator, 0]);
        _rejected = rejected;
        _file = file;
        if (_gzip)
        {
            _decompressed = new CountingStream(new GZipStream(file, CompressionMode.Decompress, leaveOpen: true));
        }

        _linjer = new Linjebegraenser(_decompressed ?? (Stream)file, name, MaxLineBytes, tjekUtf8: valg.Tegnsaet is null);
        var options = new CsvReaderOptions
        {
            Separator = valg.Separator,
            Encoding = valg.Tegnsaet,
            HasHeader = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            // Trimming is done on the fields actually used (Felt): CsvHelper's trimming scanner is less than half as fast.
            TrimWhitespace = false,
            TrimInsideQuotes = false,
            MaxRecordSize = MaxRecordBytes,
        };
        _reader = CsvReader.Create(_linjer, options, leaveOpen: true);
        try
        {
            _fieldCount = _reader.Headers.Count;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvFormatException)
        {
            _reader.Dispose();
            throw Failure(e);
        }
        catch
        {
            _reader.Dispose();
            throw;
        }

        if (_fieldCount == 1 && valg.Separator != ';' && _reader.Headers[0].Contains(';', StringComparison.Ordinal))
        {
            _reader.Dispose();
            throw InputErrors.Semikolon(Name);
        }
    }

    /// <summary>The file name as found, such as <c>ydelser.csv.gz</c>.</summary>
    public string Name { get; }

    /// <summary>The physical line where the current row starts, the header being line 1.</summary>
    public long Line => _reader.LineNumber;

    public static CsvSource Open(string path, Indlaesningsvalg valg, List<Afvisning> rejected)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputErrors.Unreadable(path, e);
        }

        HashingStream hashing = new(file);
        try
        {
            return new CsvSource(path, Path.GetFileName(path), valg, rejected, hashing);
        }
        catch
        {
            hashing.Dispose();
            throw;
        }
    }

    /// <summary>Whether the row <see cref="IsDuplicate"/> last let through starts a new person (streaming mode only).</summary>
    public bool NyPerson { get; private set; }

    /// <summary>The person id (UTF-8) of the row <see cref="IsDuplicate"/> last let through (streaming mode only).</summary>
    public ReadOnlySpan<byte> PersonId => _personId.AsSpan(0, Math.Max(_personIdLaengde, 0));

    /// <summary>
    /// Streaming mode for a file sorted by person_id: duplicates are looked for within the person only, so memory
    /// does not grow with the file, and a valid row whose person_id sorts before the previous one throws
    /// <see cref="UsorteretInputException"/>.
    /// </summary>
    public void StroemPerPerson(int personKolonne) => _personKolonne = personKolonne;

    /// <summary>
    /// Deferred duplicate detection for a file in any order: <see cref="IsDuplicate"/> lets every row through and only
    /// leaves the hash of its key in <see cref="Noeglehash"/>; the caller finds the duplicates among one person's rows
    /// later and reports them with <see cref="FlytTilDubletter"/>.
    /// </summary>
    public void UdskydDubletkontrol() => _udskudt = true;

    /// <summary>The 64-bit hash of the key of the row <see cref="IsDuplicate"/> last saw (deferred mode).</summary>
    public ulong Noeglehash { get; private set; }

    /// <summary>The options the file was opened with, for reading it again the same way.</summary>
    public Indlaesningsvalg Valg { get; }

    /// <summary>The byte offset of the current row in the (decompressed) input.</summary>
    public long Position => _reader.ByteOffset;

    /// <summary>The file's path as opened, for reading it again.</summary>
    public string Sti => _path;

    /// <summary>The canonical duplicate key of the current row, valid until the next row.</summary>
    public ReadOnlySpan<byte> Raekkenoegle => Noegle();

    /// <summary>Counts <paramref name="antal"/> rows that were let through as duplicates after all (deferred mode).</summary>
    public void FlytTilDubletter(long antal)
    {
        _used -= antal;
        _duplicates += antal;
    }

    /// <summary>The index of a required column, matched exactly after trimming.</summary>
    public int Column(string name)
    {
        IReadOnlyList<string> headers = _reader.Headers;
        int found = -1;
        for (int i = 0; i < headers.Count; i++)
        {
            if (headers[i].AsSpan().Trim(" \t").SequenceEqual(name))
            {
                if (found >= 0)
                {
                    throw InputErrors.ColumnRepeated(Name, name);
                }

                found = i;
            }
        }

        if (found < 0)
        {
            throw InputErrors.ColumnMissing(Name, name);
        }

        return found;
    }

    /// <summary>Moves to the next row that has the header's number of fields, rejecting those that do not.</summary>
    public bool Next()
    {
        while (ReadRecord())
        {
            int count = _reader.FieldCount;

            // A line of only blanks is a blank line (SPEC §8.1): skipped, neither counted nor rejected.
            if (count == 1 && _reader.RawRecord.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            _read++;

            // Only after a cut line, and only until its row has come by, is a row searched for the marker.
            if (_linjer.Afkortede != _afkortedeSet && _reader.RawRecord.IndexOf(Linjebegraenser.Markoer) >= 0)
            {
                _afkortedeSet++;
                Reject(string.Create(CultureInfo.InvariantCulture, $"rækken er længere end {MaxLineBytes / (1 << 20)} MiB; kun begyndelsen er vist"));
                continue;
            }

            if (count == _fieldCount)
            {
                return true;
            }

            Reject(string.Create(CultureInfo.InvariantCulture, $"forkert antal felter: {count}, overskriften har {_fieldCount}"));
        }

        return false;
    }

    /// <summary>Rejects the current row; returns <see langword="false"/> so a check can end with <c>return Reject(…)</c>.</summary>
    public bool Reject(string reason)
    {
        if (_strict)
        {
            throw InputErrors.BadRow(Name, Line, reason);
        }

        _rejectedCount++;
        ReadOnlySpan<byte> raa = _reader.RawRecord;
        int slut = raa.IndexOf(Linjebegraenser.Markoer);
        string raekke = Encoding.UTF8.GetString(slut >= 0 ? raa[..slut] : raa);
        _rejected.Add(new Afvisning(Name, Line, reason, raekke.Length > MaxVist ? string.Concat(raekke.AsSpan(0, MaxVist), "…") : raekke));
        return false;
    }

    public bool RejectUnknown(int column, string name) => Reject($"ukendt {name} '{Vist(column)}'");

    public bool IsEmpty(int column) => Felt(column).IsEmpty;

    /// <summary>The trimmed field as a string, for values that are kept as text.</summary>
    public string Text(int column) => Encoding.UTF8.GetString(Felt(column));

    /// <summary>The trimmed field for a reason text, cut short when long.</summary>
    public string Vist(int column)
    {
        string tekst = Text(column);
        return tekst.Length > MaxVist / 10 ? string.Concat(tekst.AsSpan(0, MaxVist / 10), "…") : tekst;
    }

    /// <summary>The trimmed field as characters, valid until the next call.</summary>
    public ReadOnlySpan<char> Chars(int column)
    {
        ReadOnlySpan<byte> field = Felt(column);
        if (_chars.Length < field.Length)
        {
            _chars = new char[field.Length];
        }

        return _chars.AsSpan(0, Encoding.UTF8.GetChars(field, _chars));
    }

    public bool TryRequired(int column, string name, out ReadOnlySpan<char> text)
    {
        if (IsEmpty(column))
        {
            text = default;
            return Reject($"manglende '{name}'");
        }

        text = Chars(column);
        return true;
    }

    /// <summary>A required field as trimmed UTF-8 bytes, valid until the next row.</summary>
    public bool TryFelt(int column, string name, out ReadOnlySpan<byte> felt)
    {
        felt = Felt(column);
        return !felt.IsEmpty || Reject($"manglende '{name}'");
    }

    public bool TryPersonId(int column)
    {
        if (!TryFelt(column, "person_id", out ReadOnlySpan<byte> id))
        {
            return false;
        }

        // Only a ten-byte id can look like a CPR number, so other ids cost one comparison.
        if (id.Length == 10 && !_tilladCpr && Cpr.Ligner(id))
        {
            throw InputErrors.Cpr(Name, Line);
        }

        // The limit is in characters; a UTF-8 field of at most that many bytes cannot exceed it.
        return id.Length <= MaxPersonIdLength || Encoding.UTF8.GetCharCount(id) <= MaxPersonIdLength || Reject("person_id er længere end 64 tegn");
    }

    public bool TryKommune(int column, out int kommune)
    {
        kommune = 0;
        ReadOnlySpan<byte> field = Felt(column);
        if (field.IsEmpty)
        {
            return Reject("manglende 'kommune'");
        }

        if (field.Length != 3 || !FieldParser.TryDigits(field, out kommune))
        {
            return Reject($"ugyldig kommune '{Vist(column)}'");
        }

        return s_kommuner[kommune] || Reject($"ukendt kommune '{Vist(column)}'");
    }

    public bool TryDate(int column, string name, out LocalDate date)
    {
        date = default;
        ReadOnlySpan<byte> field = Felt(column);
        if (field.IsEmpty)
        {
            return Reject($"manglende '{name}'");
        }

        return FieldParser.TryDate(field, out date) || Reject($"ugyldig dato i '{name}': '{Vist(column)}'");
    }

    /// <summary>A required <c>fra</c> and an optional <c>til</c> (empty is open-ended) that is not before <c>fra</c>.</summary>
    public bool TryPeriod(int fromColumn, int toColumn, out LocalDate from, out LocalDate to)
    {
        to = Datoer.Aaben;
        if (!TryDate(fromColumn, "fra", out from))
        {
            return false;
        }

        ReadOnlySpan<byte> til = Felt(toColumn);
        if (!til.IsEmpty && !FieldParser.TryDate(til, out to))
        {
            return Reject($"ugyldig dato i 'til': '{Vist(toColumn)}'");
        }

        return to >= from || Reject("'til' før 'fra'");
    }

    public bool TryNumber(int column, string name, out decimal value)
    {
        value = 0;
        return IsEmpty(column) ? Reject($"manglende '{name}'") : TryNumberText(column, name, out value);
    }

    /// <summary>A number or an empty field (<see langword="null"/>).</summary>
    public bool TryOptionalNumber(int column, string name, out decimal? value)
    {
        value = null;
        if (IsEmpty(column))
        {
            return true;
        }

        if (!TryNumberText(column, name, out decimal number))
        {
            return false;
        }

        value = number;
        return true;
    }

    public bool TryInteger(int column, string name, out int value)
    {
        value = 0;
        ReadOnlySpan<byte> field = Felt(column);
        if (field.IsEmpty)
        {
            return Reject($"manglende '{name}'");
        }

        return (field.Length <= 9 && FieldParser.TryDigits(field, out value)) || Reject($"ugyldigt heltal i '{name}': '{Vist(column)}'");
    }

    /// <summary>Whether the current (valid) row repeats an earlier valid row field for field; counts the row as used or as a duplicate.</summary>
    public bool IsDuplicate()
    {
        if (_personKolonne >= 0)
        {
            SkiftPerson();
        }

        if (_udskudt)
        {
            Noeglehash = Internals.Noeglehash.Beregn(Noegle());
            _used++;
            return false;
        }

        if (_seen.Tilfoej(Noegle()))
        {
            _used++;
            return false;
        }

        _duplicates++;
        return true;
    }

    /// <summary>
    /// The row's trimmed fields in one canonical form: joined by the separator when no field holds it or NUL, which is
    /// the raw row itself when it has no quote, space, tab or NUL (the common case, so no copy); otherwise NUL and
    /// the length-prefixed fields, which no joined key can equal since those never start with NUL.
    /// </summary>
    private ReadOnlySpan<byte> Noegle()
    {
        ReadOnlySpan<byte> raa = _reader.RawRecord;
        if (raa.IndexOfAny(s_saerlige) < 0)
        {
            return raa;
        }

        _key.ResetWrittenCount();
        bool entydig = true;
        for (int i = 0; i < _fieldCount && entydig; i++)
        {
            entydig = Felt(i).IndexOfAny(_adskillere) < 0;
        }

        if (entydig)
        {
            for (int i = 0; i < _fieldCount; i++)
            {
                if (i > 0)
                {
                    _key.Write(new ReadOnlySpan<byte>(in _separator));
                }

                _key.Write(Felt(i));
            }

            return _key.WrittenSpan;
        }

        _key.Write("\0"u8);
        for (int i = 0; i < _fieldCount; i++)
        {
            ReadOnlySpan<byte> field = Felt(i);
            BinaryPrimitives.WriteInt32LittleEndian(_key.GetSpan(sizeof(int)), field.Length);
            _key.Advance(sizeof(int));
            _key.Write(field);
        }

        return _key.WrittenSpan;
    }

    /// <summary>Hashes the rest of the file and returns its counts; call after the last row.</summary>
    public Filstatistik Finish()
    {
        string sha256;
        try
        {
            sha256 = _file.Finish();
        }
        catch (IOException e)
        {
            throw Failure(e);
        }

        // GZipStream ends a truncated stream silently; the trailer's ISIZE (length mod 2^32) catches it.
        // A file of several concatenated gzip members fails this check too, since ISIZE covers only the last one.
        if (_decompressed is not null && _file.Tail != unchecked((uint)_decompressed.Count))
        {
            throw InputErrors.CorruptGzip(Name, new InvalidDataException("gzip ISIZE does not match the decompressed length"));
        }

        return new Filstatistik(Name, sha256, _read, _used, _rejectedCount, _duplicates);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _linjer.Dispose();
        _file.Dispose();
    }

    /// <summary>Field <paramref name="column"/> without surrounding spaces and tabs (SPEC §8.1), inside quotes too.</summary>
    private ReadOnlySpan<byte> Felt(int column)
    {
        ReadOnlySpan<byte> felt = _reader.GetSpan(column);
        return felt.Length > 0 && (felt[0] is (byte)' ' or (byte)'\t' || felt[^1] is (byte)' ' or (byte)'\t') ? felt.Trim(" \t"u8) : felt;
    }

    private static bool[] KommuneTabel()
    {
        var tabel = new bool[1000];
        foreach (var k in Kommuneliste.Alle)
        {
            tabel[k.Kode] = true;
        }

        return tabel;
    }

    private void SkiftPerson()
    {
        ReadOnlySpan<byte> id = Felt(_personKolonne);
        int c = _personIdLaengde < 0 ? 1 : id.SequenceCompareTo(PersonId);
        if (c < 0)
        {
            throw new UsorteretInputException(Name);
        }

        NyPerson = c > 0;
        if (NyPerson)
        {
            // Exact duplicates share the person_id, so in a sorted file they lie within one person's rows.
            _seen.Ryd();
            id.CopyTo(_personId);
            _personIdLaengde = id.Length;
        }
    }

    private bool TryNumberText(int column, string name, out decimal value) =>
        FieldParser.TryDecimal(Felt(column), out value) || Reject($"ugyldigt tal i '{name}': '{Vist(column)}'");

    private bool ReadRecord()
    {
        try
        {
            return _reader.Read();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvFormatException)
        {
            throw Failure(e);
        }
    }

    private InputFejlException Failure(Exception e) => e switch
    {
        CsvFormatException => InputErrors.RecordTooLong(Name, _reader.LineNumber, MaxRecordBytes),
        InvalidDataException when _gzip => InputErrors.CorruptGzip(Name, e),
        _ => InputErrors.Unreadable(_path, e),
    };
}
