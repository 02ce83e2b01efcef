using System.Buffers;
using System.Text.Unicode;
using SkaerpetTilsyn.IO.Filer;

namespace SkaerpetTilsyn.IO.Csv;

/// <summary>
/// A read-only stream that cuts every line longer than a limit: the first <c>limit</c> bytes pass, then <see cref="Marker"/>, and the
/// rest of the line is skipped, so a line of megabytes becomes one rejectable row instead of a record read into memory whole.
/// </summary>
/// <remarks>
/// The first block tells a file that is not text at all (a UTF-16 byte order mark; NUL bytes in what is not UTF-8, as in a spreadsheet or
/// an archive). With <c>checkUtf8</c> the first 64 KiB are checked for UTF-8, where a Danish Excel export in Windows-1252 shows itself by
/// æ, ø or å as single bytes. Either throws <see cref="InputFejlException"/> before thousands of rows are rejected one by one.
/// Costs a copy and one search for the last line end per block, nothing per row, until a line comes near the limit.
/// </remarks>
internal sealed class LineLimiter(Stream inner, string name, int limit, bool checkUtf8) : ReadOnlyWrapperStream(inner)
{
    private const int CheckedBytes = 1 << 16;

    private static readonly SearchValues<byte> s_lineEnd = SearchValues.Create("\r\n"u8);
    private static readonly SearchValues<byte> s_danishLatin1 = SearchValues.Create([0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5]);

    private readonly byte[] _buffer = new byte[1 << 16];
    private int _pos;
    private int _len;
    private long _lineLength;
    private bool _discarding;
    private int _markerLeft;
    private long _checked;
    private bool _textChecked;

    /// <summary>What ends a cut line's kept part; the reader looks for it only while a cut is not yet matched to its row.</summary>
    public static ReadOnlySpan<byte> Marker => "\0\0afkortet\0\0"u8;

    /// <summary>How many lines have been cut so far (the stream runs ahead of the parser).</summary>
    public int CutLines { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        int w = 0;
        while (w < buffer.Length)
        {
            if (_markerLeft > 0)
            {
                int n = Math.Min(_markerLeft, buffer.Length - w);
                Marker.Slice(Marker.Length - _markerLeft, n).CopyTo(buffer[w..]);
                _markerLeft -= n;
                w += n;
                continue;
            }

            if (_pos == _len)
            {
                // Only block on the inner stream when nothing is ready to hand over.
                if (w > 0 || !Fill())
                {
                    break;
                }
            }

            var pending = _buffer.AsSpan(_pos, _len - _pos);
            if (_discarding)
            {
                int lineEnd = pending.IndexOfAny(s_lineEnd);
                if (lineEnd < 0)
                {
                    _pos = _len;
                    continue;
                }

                _pos += lineEnd;
                _discarding = false;
                _lineLength = 0;
                continue;
            }

            int piece = Math.Min(pending.Length, buffer.Length - w);
            if (_lineLength + piece <= limit)
            {
                // No line in this piece can pass the limit: hand it over whole, no search per line.
                pending[..piece].CopyTo(buffer[w..]);
                w += piece;
                _pos += piece;
                int last = pending[..piece].LastIndexOfAny(s_lineEnd);
                _lineLength = last < 0 ? _lineLength + piece : piece - last - 1;
                continue;
            }

            int end = pending.IndexOfAny(s_lineEnd);
            int segment = end < 0 ? pending.Length : end;
            long room = limit - _lineLength;
            if (segment > room)
            {
                int n = (int)Math.Min(room, buffer.Length - w);
                pending[..n].CopyTo(buffer[w..]);
                w += n;
                _pos += n;
                _lineLength += n;
                if (_lineLength == limit)
                {
                    _discarding = true;
                    _markerLeft = Marker.Length;
                    CutLines++;
                }

                continue;
            }

            int count = Math.Min(end < 0 ? segment : segment + 1, buffer.Length - w);
            pending[..count].CopyTo(buffer[w..]);
            w += count;
            _pos += count;
            _lineLength = count > segment ? 0 : _lineLength + count;
        }

        return w;
    }

    private bool Fill()
    {
        _pos = 0;
        _len = Inner.Read(_buffer);
        if (!_textChecked && _len > 0)
        {
            _textChecked = true;
            CheckText(_buffer.AsSpan(0, _len));
        }

        if (checkUtf8 && _checked < CheckedBytes && _len > 0)
        {
            CheckUtf8(_buffer.AsSpan(0, _len));
        }

        return _len > 0;
    }

    private void CheckText(ReadOnlySpan<byte> first)
    {
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Inddatafejl.Utf16(name);
        }

        // NUL bytes alone may be stray bytes in a row (rejected there); with invalid UTF-8 beside them the file is binary.
        // The block may end inside a character, which is not invalid.
        if (checkUtf8 && first.Contains((byte)0))
        {
            char[] tegn = ArrayPool<char>.Shared.Rent(first.Length);
            var status = Utf8.ToUtf16(first, tegn, out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
            ArrayPool<char>.Shared.Return(tegn);
            if (status == OperationStatus.InvalidData)
            {
                throw Inddatafejl.Binaer(name);
            }
        }
    }

    private void CheckUtf8(ReadOnlySpan<byte> piece)
    {
        // A block may end inside a character; up to its last line end it cannot.
        int last = piece.LastIndexOf((byte)'\n');
        var whole = last < 0 ? piece : piece[..(last + 1)];
        _checked += piece.Length;
        if (!Utf8.IsValid(whole) && whole.IndexOfAny(s_danishLatin1) >= 0)
        {
            throw Inddatafejl.Latin1(name);
        }
    }
}
