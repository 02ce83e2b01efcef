using System.Buffers;
using System.Text.Unicode;

namespace SkaerpetTilsyn.IO.Internals;

/// <summary>
/// A read-only stream that cuts every line longer than a limit: the first <c>maks</c> bytes pass, then <see cref="Markoer"/>, and the
/// rest of the line is skipped, so a line of megabytes becomes one rejectable row instead of a record read into memory whole.
/// </summary>
/// <remarks>
/// With <c>tjekUtf8</c> the first 64 KiB are checked for UTF-8, where a Danish Excel export in Windows-1252 shows itself by
/// æ, ø or å as single bytes; that throws <see cref="InputFejlException"/> before thousands of rows are rejected one by one.
/// Costs a copy and one search for the last line end per block, nothing per row, until a line comes near the limit.
/// </remarks>
internal sealed class Linjebegraenser(Stream inner, string navn, int maks, bool tjekUtf8) : Laesestroem(inner)
{
    private const int Tjekgraense = 1 << 16;

    private static readonly SearchValues<byte> s_linjeslut = SearchValues.Create("\r\n"u8);
    private static readonly SearchValues<byte> s_danskeLatin1 = SearchValues.Create([0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5]);

    private readonly byte[] _inn = new byte[1 << 16];
    private int _pos;
    private int _len;
    private long _linje;
    private bool _kasserer;
    private int _markoerRest;
    private long _tjekket;

    /// <summary>What ends a cut line's kept part; the reader looks for it only while a cut is not yet matched to its row.</summary>
    public static ReadOnlySpan<byte> Markoer => "\0\0afkortet\0\0"u8;

    /// <summary>How many lines have been cut so far (the stream runs ahead of the parser).</summary>
    public int Afkortede { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        int w = 0;
        while (w < buffer.Length)
        {
            if (_markoerRest > 0)
            {
                int n = Math.Min(_markoerRest, buffer.Length - w);
                Markoer.Slice(Markoer.Length - _markoerRest, n).CopyTo(buffer[w..]);
                _markoerRest -= n;
                w += n;
                continue;
            }

            if (_pos == _len)
            {
                // Only block on the inner stream when nothing is ready to hand over.
                if (w > 0 || !Fyld())
                {
                    break;
                }
            }

            var kilde = _inn.AsSpan(_pos, _len - _pos);
            if (_kasserer)
            {
                int linjeslut = kilde.IndexOfAny(s_linjeslut);
                if (linjeslut < 0)
                {
                    _pos = _len;
                    continue;
                }

                _pos += linjeslut;
                _kasserer = false;
                _linje = 0;
                continue;
            }

            int blok = Math.Min(kilde.Length, buffer.Length - w);
            if (_linje + blok <= maks)
            {
                // No line in this piece can pass the limit: hand it over whole, no search per line.
                kilde[..blok].CopyTo(buffer[w..]);
                w += blok;
                _pos += blok;
                int sidste = kilde[..blok].LastIndexOfAny(s_linjeslut);
                _linje = sidste < 0 ? _linje + blok : blok - sidste - 1;
                continue;
            }

            int slut = kilde.IndexOfAny(s_linjeslut);
            int segment = slut < 0 ? kilde.Length : slut;
            long plads = maks - _linje;
            if (segment > plads)
            {
                int n = (int)Math.Min(plads, buffer.Length - w);
                kilde[..n].CopyTo(buffer[w..]);
                w += n;
                _pos += n;
                _linje += n;
                if (_linje == maks)
                {
                    _kasserer = true;
                    _markoerRest = Markoer.Length;
                    Afkortede++;
                }

                continue;
            }

            int antal = Math.Min(slut < 0 ? segment : segment + 1, buffer.Length - w);
            kilde[..antal].CopyTo(buffer[w..]);
            w += antal;
            _pos += antal;
            _linje = antal > segment ? 0 : _linje + antal;
        }

        return w;
    }

    private bool Fyld()
    {
        _pos = 0;
        _len = Inner.Read(_inn);
        if (tjekUtf8 && _tjekket < Tjekgraense && _len > 0)
        {
            TjekUtf8(_inn.AsSpan(0, _len));
        }

        return _len > 0;
    }

    private void TjekUtf8(ReadOnlySpan<byte> blok)
    {
        // A block may end inside a character; up to its last line end it cannot.
        int sidste = blok.LastIndexOf((byte)'\n');
        var hele = sidste < 0 ? blok : blok[..(sidste + 1)];
        _tjekket += blok.Length;
        if (!Utf8.IsValid(hele) && hele.IndexOfAny(s_danskeLatin1) >= 0)
        {
            throw InputErrors.Latin1(navn);
        }
    }
}
