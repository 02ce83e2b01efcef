using System.Buffers;
using System.Globalization;
using System.Text;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>Writes CSV fields as UTF-8 (no BOM, LF line ends) straight into a pooled byte buffer.</summary>
/// <remarks>Not thread safe. Every field is formatted into the buffer without intermediate strings.</remarks>
internal sealed class Utf8Linjeskriver : IDisposable
{
    private const int Bufferstoerrelse = 1 << 16;

    // The longest single write (a field) is far below this, so one check per field suffices.
    private const int MaksFelt = 256;

    private readonly Stream _stroem;
    private readonly byte[] _buffer;
    private int _brugt;

    public Utf8Linjeskriver(Stream stroem)
    {
        _stroem = stroem;
        _buffer = ArrayPool<byte>.Shared.Rent(Bufferstoerrelse);
    }

    public static byte[] Utf8(string tekst) => Encoding.UTF8.GetBytes(tekst);

    public void Tekst(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaksFelt)
        {
            Toem();
            _stroem.Write(utf8);
            return;
        }

        Span<byte> ud = Plads();
        utf8.CopyTo(ud);
        _brugt += utf8.Length;
    }

    public void Komma() => Tegn((byte)',');

    public void Linjeslut() => Tegn((byte)'\n');

    public void Heltal(int vaerdi)
    {
        vaerdi.TryFormat(Plads(), out int skrevet, default, CultureInfo.InvariantCulture);
        _brugt += skrevet;
    }

    /// <summary>An identifier: <paramref name="praefiks"/> followed by <paramref name="nummer"/> zero-padded to <paramref name="bredde"/> digits.</summary>
    public void Id(byte praefiks, int nummer, int bredde)
    {
        Span<byte> ud = Plads();
        ud[0] = praefiks;
        for (int i = bredde; i >= 1; i--)
        {
            ud[i] = (byte)('0' + (nummer % 10));
            nummer /= 10;
        }

        _brugt += bredde + 1;
    }

    /// <summary>A date as <c>yyyy-MM-dd</c> from its day number (days since 0001-01-01).</summary>
    public void Dato(int dagNr)
    {
        DateOnly.FromDayNumber(dagNr).Deconstruct(out int aar, out int maaned, out int dag);
        Span<byte> ud = Plads();
        Cifre(ud, aar, 4);
        ud[4] = (byte)'-';
        Cifre(ud[5..], maaned, 2);
        ud[7] = (byte)'-';
        Cifre(ud[8..], dag, 2);
        _brugt += 10;
    }

    /// <summary>A non-negative amount given in hundredths, with no more decimals than needed (<c>37</c>, <c>37.5</c>, <c>37.25</c>).</summary>
    public void Hundrededele(int hundrededele)
    {
        Heltal(hundrededele / 100);
        int rest = hundrededele % 100;
        if (rest == 0)
        {
            return;
        }

        Span<byte> ud = Plads();
        ud[0] = (byte)'.';
        ud[1] = (byte)('0' + (rest / 10));
        if (rest % 10 == 0)
        {
            _brugt += 2;
            return;
        }

        ud[2] = (byte)('0' + (rest % 10));
        _brugt += 3;
    }

    /// <summary>A non-negative amount given in tenths, always with one decimal (<c>16.4</c>, <c>20.0</c>).</summary>
    public void Tiendedele(int tiendedele)
    {
        Heltal(tiendedele / 10);
        Span<byte> ud = Plads();
        ud[0] = (byte)'.';
        ud[1] = (byte)('0' + (tiendedele % 10));
        _brugt += 2;
    }

    public void Toem()
    {
        _stroem.Write(_buffer, 0, _brugt);
        _brugt = 0;
    }

    public void Dispose()
    {
        Toem();
        _stroem.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private void Tegn(byte tegn)
    {
        Plads()[0] = tegn;
        _brugt++;
    }

    private Span<byte> Plads()
    {
        if (_brugt > Bufferstoerrelse - MaksFelt)
        {
            Toem();
        }

        return _buffer.AsSpan(_brugt, MaksFelt);
    }

    private static void Cifre(Span<byte> ud, int vaerdi, int antal)
    {
        for (int i = antal - 1; i >= 0; i--)
        {
            ud[i] = (byte)('0' + (vaerdi % 10));
            vaerdi /= 10;
        }
    }
}
