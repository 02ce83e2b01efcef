using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using SkaerpetTilsyn.IO.Filer;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;

namespace SkaerpetTilsyn.IO.Csv;

/// <summary>
/// The records of a CSV file framed line by line while no line has a quote, NUL or lone carriage return, and by <see cref="CsvRecordSource"/> from the
/// first line that has one: the same records, fields, line numbers, texts and defects, at the cost of a search for the line end and the separators.
/// </summary>
/// <remarks>
/// A line without a quote is exactly one record whose fields are the texts between separators (SPEC §8.1), so CsvHelper's state machine is needed only
/// once a quote shows up: then a <see cref="CsvRecordSource"/> is opened on the file (without hashing), the records already served are skipped, and it
/// serves the rest. A cut line (<see cref="LineLimiter"/>) holds NUL in its marker, so it falls back too. Input in another encoding than UTF-8, and a
/// header that is not a plain line, go to <see cref="CsvRecordSource"/> from the start.
/// </remarks>
internal sealed class PlainCsvRecordSource : RecordSource
{
    private const int MaxLineBytes = 1 << 20;

    private static readonly SearchValues<byte> s_quoteOrNul = SearchValues.Create("\"\0"u8);

    private static readonly SearchValues<byte> s_notPlain = SearchValues.Create("\" \t\0"u8);

    private readonly InputFile _file;
    private readonly Indlaesningsvalg _valg;
    private readonly LineLimiter _lines;
    private readonly byte _separator;
    private byte[] _buffer = new byte[1 << 18];
    private int[] _fieldStarts = new int[64];
    private int _len;
    private int _pos;
    private bool _eof;
    private long _consumed;
    private int _nextQuote = -1;
    private int _validUpTo;
    private int _start;
    private int _end;
    private int _fieldCount;
    private int _lineFields;
    private long _line;
    private long _nextLine = 1;
    private long _records;
    private bool _chunkInvalid;
    private List<string> _headers = [];
    private CsvRecordSource? _fallback;

    private PlainCsvRecordSource(InputFile file, Indlaesningsvalg valg, LineLimiter lines)
        : base(file.Name)
    {
        _file = file;
        _valg = valg;
        _lines = lines;
        _separator = (byte)valg.Separator;
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override int FieldCount => _fallback?.FieldCount ?? _fieldCount;

    public override long Line => _fallback?.Line ?? _line;

    public override byte Separator => _separator;

    /// <summary>Opens <paramref name="path"/> as <see cref="CsvRecordSource.Open"/> does, framed line by line when its header is a plain line of UTF-8.</summary>
    public static RecordSource Open(string path, Indlaesningsvalg valg, bool hash = true)
    {
        if (valg.Tegnsaet is not null || valg.Separator is '"' or '\r' or '\n' or '\0')
        {
            return CsvRecordSource.Open(path, valg, hash);
        }

        InputFile file = InputFile.Open(path, hash);
        var source = new PlainCsvRecordSource(file, valg, new LineLimiter(file.Content, file.Name, MaxLineBytes, checkUtf8: true));
        bool plain;
        try
        {
            plain = source.ReadHeader();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            var failure = file.Failure(e);
            source.Dispose();
            throw failure;
        }
        catch
        {
            source.Dispose();
            throw;
        }

        if (plain)
        {
            return source;
        }

        // Whatever the header is, CsvHelper says what it means, and which error it is.
        source.Dispose();
        return CsvRecordSource.Open(path, valg, hash);
    }

    public override bool Read(out string? defect)
    {
        if (_fallback is not null)
        {
            return _fallback.Read(out defect);
        }

        defect = null;
        try
        {
            while (NextLine(out int start, out int end))
            {
                ReadOnlySpan<byte> line = _buffer.AsSpan(start, end - start);

                // A line of only blanks is a blank line (SPEC §8.1): skipped, neither counted nor rejected.
                if (_lineFields == 1 && line.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                _records++;
                _start = start;
                _end = end;
                _fieldCount = _lineFields;
                if (end > _validUpTo && !Validate(start, end))
                {
                    // Decoded, two ids that differ only in invalid bytes would be one person (SPEC §9.5).
                    defect = "ugyldig UTF-8";
                }

                return true;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw _file.Failure(e);
        }

        return _fallback?.Read(out defect) ?? false;
    }

    public override ReadOnlySpan<byte> Field(int index)
    {
        if (_fallback is not null)
        {
            return _fallback.Field(index);
        }

        int count = _fieldCount;
        if (index >= count)
        {
            return default;
        }

        int from = _fieldStarts[index];
        int to = index + 1 < count ? _fieldStarts[index + 1] - 1 : _end;
        return _buffer.AsSpan(from, to - from);
    }

    /// <summary>The line itself when it has no space, tab or NUL (and, being plain, no quote): then it is exactly its fields joined by the separator.</summary>
    public override bool TryGetJoined(out ReadOnlySpan<byte> joined)
    {
        if (_fallback is not null)
        {
            return _fallback.TryGetJoined(out joined);
        }

        joined = _buffer.AsSpan(_start, _end - _start);
        return joined.IndexOfAny(s_notPlain) < 0;
    }

    public override string RecordText() => _fallback?.RecordText() ?? Encoding.UTF8.GetString(_buffer, _start, _end - _start);

    public override long? EstimateTotal(long sofar)
    {
        if (_fallback is not null)
        {
            return _fallback.EstimateTotal(sofar);
        }

        long used = _consumed + _start;
        return used <= 0 || _file.IsGzip ? null : new FileInfo(_file.Path).Length * sofar / used;
    }

    public override RecordSource OpenAgain() => Open(_file.Path, _valg);

    /// <summary>Hashes what was left unread (also when a fallback read the rest) and returns the SHA-256.</summary>
    public override string Finish() => _file.Finish();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback?.Dispose();
            _lines.Dispose();
            _file.Dispose();
        }
    }

    /// <summary>Reads the header's names when its line is plain, BOM left out; false when CsvHelper must read it.</summary>
    private bool ReadHeader()
    {
        if (!NextLine(out int start, out int end))
        {
            return false;
        }

        ReadOnlySpan<byte> line = _buffer.AsSpan(start, end - start);
        if (line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        if (line.Trim(" \t"u8).IsEmpty || !Utf8.IsValid(line))
        {
            return false;
        }

        var names = new List<string>();
        while (true)
        {
            int i = line.IndexOf(_separator);
            names.Add(Encoding.UTF8.GetString(i < 0 ? line : line[..i]));
            if (i < 0)
            {
                break;
            }

            line = line[(i + 1)..];
        }

        if (names.Count == 1 && _valg.Separator != ';' && names[0].Contains(';', StringComparison.Ordinal))
        {
            throw Inddatafejl.Semikolon(Name);
        }

        _headers = names;
        return true;
    }

    /// <summary>
    /// The next physical line without its line break, and where each of its fields starts;
    /// when it is not plain, the fallback is opened instead and false returned.
    /// </summary>
    /// <remarks>Line feeds, separators and carriage returns are found 32 bytes at a time, one compare each, so a line costs a step or two.</remarks>
    private bool NextLine(out int start, out int end)
    {
        start = end = 0;
        int n;
        int nl;
        int crs;
        int lastCr;
        while (true)
        {
            if (_pos == _len && _eof)
            {
                return false;
            }

            n = 0;
            crs = 0;
            lastCr = -1;
            nl = -1;
            int p = _pos;
            ref byte data = ref MemoryMarshal.GetArrayDataReference(_buffer);
            var lineFeed = Vector256.Create((byte)'\n');
            var separator = Vector256.Create(_separator);
            var carriageReturn = Vector256.Create((byte)'\r');
            int[] starts = _fieldStarts;
            starts[n++] = p;
            while (p + Vector256<byte>.Count <= _len)
            {
                if (n + Vector256<byte>.Count >= starts.Length)
                {
                    Array.Resize(ref _fieldStarts, starts.Length * 2);
                    starts = _fieldStarts;
                }

                var v = Vector256.LoadUnsafe(ref data, (nuint)p);
                uint lf = Vector256.Equals(v, lineFeed).ExtractMostSignificantBits();
                uint sep = Vector256.Equals(v, separator).ExtractMostSignificantBits();
                uint cr = Vector256.Equals(v, carriageReturn).ExtractMostSignificantBits();
                if (lf != 0)
                {
                    int k = BitOperations.TrailingZeroCount(lf);
                    uint before = (1u << k) - 1;
                    sep &= before;
                    cr &= before;
                    nl = p + k;
                }

                if (cr != 0)
                {
                    crs += BitOperations.PopCount(cr);
                    lastCr = p + 31 - BitOperations.LeadingZeroCount(cr);
                }

                while (sep != 0)
                {
                    starts[n++] = p + BitOperations.TrailingZeroCount(sep) + 1;
                    sep &= sep - 1;
                }

                if (nl >= 0)
                {
                    break;
                }

                p += Vector256<byte>.Count;
            }

            if (nl < 0 && _eof)
            {
                // The last few bytes of the file, one at a time.
                for (; p < _len && nl < 0; p++)
                {
                    byte c = _buffer[p];
                    if (c == '\n')
                    {
                        nl = p;
                    }
                    else if (c == _separator)
                    {
                        AddField(ref n, p + 1);
                    }
                    else if (c == '\r')
                    {
                        crs++;
                        lastCr = p;
                    }
                }

                nl = nl < 0 ? _len : nl;
            }

            if (nl >= 0)
            {
                break;
            }

            Fill();
        }

        start = _pos;
        end = nl;
        if (NextQuote(start) < end)
        {
            return FallBack();
        }

        if (crs > 0)
        {
            // Only a carriage return right before the line feed is part of the line break.
            if (crs > 1 || lastCr != end - 1 || nl == _len)
            {
                return FallBack();
            }

            end--;
        }

        _lineFields = n;
        _line = _nextLine++;
        _pos = nl < _len ? nl + 1 : _len;
        return true;
    }

    private void AddField(ref int n, int start)
    {
        if (n == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, n * 2);
        }

        _fieldStarts[n++] = start;
    }

    private int NextQuote(int from)
    {
        if (_nextQuote < from)
        {
            int i = _buffer.AsSpan(from, _len - from).IndexOfAny(s_quoteOrNul);
            _nextQuote = i < 0 ? _len : from + i;
        }

        return _nextQuote;
    }

    /// <summary>Whether the line is valid UTF-8, checking at once every whole line buffered from it on when they are.</summary>
    private bool Validate(int start, int end)
    {
        if (!_chunkInvalid)
        {
            int last = _buffer.AsSpan(start, _len - start).LastIndexOf((byte)'\n');
            int upTo = last < 0 ? end : start + last;
            if (upTo >= end && Utf8.IsValid(_buffer.AsSpan(start, upTo - start)))
            {
                _validUpTo = upTo;
                return true;
            }

            // Line by line until the next read: the chunk's invalid bytes are in some line after this one, or in it.
            _chunkInvalid = true;
        }

        return Utf8.IsValid(_buffer.AsSpan(start, end - start));
    }

    /// <summary>Keeps the unread part at the front and reads more after it, growing the buffer for a line longer than it.</summary>
    private void Fill()
    {
        if (_pos > 0)
        {
            int keep = _len - _pos;
            _buffer.AsSpan(_pos, keep).CopyTo(_buffer);
            _consumed += _pos;
            _len = keep;
            _pos = 0;
        }
        else if (_len == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _nextQuote = -1;
        _validUpTo = 0;
        _chunkInvalid = false;
        while (_len < _buffer.Length)
        {
            int n = _lines.Read(_buffer.AsSpan(_len));
            if (n == 0)
            {
                _eof = true;
                return;
            }

            _len += n;
        }
    }

    /// <summary>Opens CsvHelper on the file, skips the records served so far, and lets it serve the rest; false, for the line not served here.</summary>
    private bool FallBack()
    {
        if (_headers.Count == 0)
        {
            // The header itself is not plain: Open hands the whole file to CsvHelper.
            return false;
        }

        var fallback = CsvRecordSource.Open(_file.Path, _valg, hash: false);
        _fallback = fallback;
        for (long i = 0; i < _records; i++)
        {
            fallback.Read(out _);
        }

        return false;
    }
}
