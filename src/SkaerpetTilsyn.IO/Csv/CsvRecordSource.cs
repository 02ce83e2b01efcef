using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using SkaerpetTilsyn.IO.Filer;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;

namespace SkaerpetTilsyn.IO.Csv;

/// <summary>The records of one CSV file (SPEC §2, §8.1): CsvHelper's UTF-8 reader over a <see cref="LineLimiter"/>, blank lines skipped, a cut line a defect.</summary>
internal sealed class CsvRecordSource : RecordSource
{
    /// <summary>The longest line read as a row; a longer one is cut and rejected (the bytes past the limit are never held).</summary>
    private const int MaxLineBytes = 1 << 20;

    /// <summary>The longest record the reader buffers: room for a cut line, so only a quote that never closes reaches it.</summary>
    private const int MaxRecordBytes = 4 * MaxLineBytes;

    private static readonly string s_cutLine = string.Create(
        CultureInfo.InvariantCulture, $"rækken er længere end {MaxLineBytes / (1 << 20)} MiB; kun begyndelsen er vist");

    /// <summary>What keeps a raw record from being its own duplicate key: a quote, a blank to trim, or NUL.</summary>
    private static readonly SearchValues<byte> s_notPlain = SearchValues.Create("\" \t\0"u8);

    private readonly InputFile _file;
    private readonly Indlaesningsvalg _valg;
    private readonly LineLimiter _lines;
    private readonly CsvReader _reader;
    private readonly byte _separator;
    private readonly bool _checkUtf8;
    private int _cutsSeen;

    private CsvRecordSource(InputFile file, Indlaesningsvalg valg)
        : base(file.Name)
    {
        _file = file;
        _valg = valg;
        _separator = (byte)valg.Separator;
        _checkUtf8 = valg.Tegnsaet is null;
        _lines = new LineLimiter(file.Content, file.Name, MaxLineBytes, _checkUtf8);
        var options = new CsvReaderOptions
        {
            Separator = valg.Separator,
            Encoding = valg.Tegnsaet,
            HasHeader = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            // Trimming is done on the fields actually used (TrimmedField): CsvHelper's trimming scanner is less than half as fast.
            TrimWhitespace = false,
            TrimInsideQuotes = false,
            MaxRecordSize = MaxRecordBytes,
        };
        _reader = CsvReader.Create(_lines, options, leaveOpen: true);
        try
        {
            Headers = _reader.Headers;
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

        if (Headers.Count == 0 || (Headers.Count == 1 && Headers[0].Length == 0))
        {
            _reader.Dispose();
            throw Inddatafejl.Tom(Name);
        }

        if (Headers.Count == 1 && valg.Separator != ';' && Headers[0].Contains(';', StringComparison.Ordinal))
        {
            _reader.Dispose();
            throw Inddatafejl.Semikolon(Name);
        }
    }

    public override IReadOnlyList<string> Headers { get; }

    public override int FieldCount => _reader.FieldCount;

    public override long Line => _reader.LineNumber;

    public override byte Separator => _separator;

    /// <summary>Opens <paramref name="path"/> with the separator and encoding of <paramref name="valg"/> and reads its header; without <paramref name="hash"/> the file is not hashed (<see cref="Finish"/> cannot be called).</summary>
    public static CsvRecordSource Open(string path, Indlaesningsvalg valg, bool hash = true)
    {
        InputFile file = InputFile.Open(path, hash);
        try
        {
            return new CsvRecordSource(file, valg);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public override bool Read(out string? defect)
    {
        defect = null;
        while (ReadRecord())
        {
            // A line of only blanks is a blank line (SPEC §8.1): skipped, neither counted nor rejected.
            if (_reader.FieldCount == 1 && _reader.RawRecord.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            // Only after a cut line, and only until its row has come by, is a row searched for the marker.
            if (_lines.CutLines != _cutsSeen && _reader.RawRecord.IndexOf(LineLimiter.Marker) >= 0)
            {
                _cutsSeen++;
                defect = s_cutLine;
            }
            else if (_checkUtf8 && !Utf8.IsValid(_reader.RawRecord))
            {
                // Decoded, two ids that differ only in invalid bytes would be one person (SPEC §9.5).
                defect = "ugyldig UTF-8";
            }

            return true;
        }

        return false;
    }

    public override ReadOnlySpan<byte> Field(int index) => _reader.GetSpan(index);

    /// <summary>The raw record itself when it has no quote, space, tab or NUL: then it is exactly its fields joined by the separator.</summary>
    public override bool TryGetJoined(out ReadOnlySpan<byte> joined)
    {
        joined = _reader.RawRecord;
        return joined.IndexOfAny(s_notPlain) < 0;
    }

    /// <summary>The raw record as read, up to the cut of a line that was too long.</summary>
    public override string RecordText()
    {
        ReadOnlySpan<byte> raw = _reader.RawRecord;
        int end = raw.IndexOf(LineLimiter.Marker);
        return Encoding.UTF8.GetString(end >= 0 ? raw[..end] : raw);
    }

    /// <summary>From the bytes the first records took, when the file is not compressed.</summary>
    public override long? EstimateTotal(long sofar)
    {
        long used = _reader.ByteOffset;
        return used <= 0 || _file.IsGzip ? null : new FileInfo(_file.Path).Length * sofar / used;
    }

    public override RecordSource OpenAgain() => Open(_file.Path, _valg);

    public override string Finish() => _file.Finish();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The reader first: a disposed CsvHelper reader hands its buffers back to a shared pool.
            _reader.Dispose();
            _lines.Dispose();
            _file.Dispose();
        }
    }

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

    private InputFejlException Failure(Exception e) =>
        e is CsvFormatException ? Inddatafejl.RaekkeForLang(Name, _reader.LineNumber, MaxRecordBytes) : _file.Failure(e);
}
