using System.Globalization;
using System.Text;

namespace SkaerpetTilsyn.IO.Parquet;

/// <summary>The text a typed Parquet value becomes before it is validated, de-duplicated and echoed like a CSV field (SPEC §13.1).</summary>
internal static class Parquettekst
{
    /// <summary>Room for the longest text of any typed value: a double in positional notation takes at most 327 characters (a sign, <c>0.</c>, 307 zeros and 17 digits).</summary>
    public const int MaksBytes = 352;

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    /// <remarks>Written digit by digit: a date column is millions of values, and a custom format string is parsed anew for each.</remarks>
    public static int Dato(DateOnly dato, Span<byte> ud)
    {
        if (ud.Length < 10)
        {
            throw Forkort();
        }

        dato.Deconstruct(out int aar, out int maaned, out int dag);
        ud[0] = (byte)('0' + (aar / 1000));
        ud[1] = (byte)('0' + (aar / 100 % 10));
        ud[2] = (byte)('0' + (aar / 10 % 10));
        ud[3] = (byte)('0' + (aar % 10));
        ud[4] = (byte)'-';
        ud[5] = (byte)('0' + (maaned / 10));
        ud[6] = (byte)('0' + (maaned % 10));
        ud[7] = (byte)'-';
        ud[8] = (byte)('0' + (dag / 10));
        ud[9] = (byte)('0' + (dag % 10));
        return 10;
    }

    /// <summary>A TIMESTAMP as its date when it is at 00:00, else <see langword="false"/> with the full value written for the rejected row.</summary>
    public static bool Tidspunkt(DateTime tidspunkt, Span<byte> ud, out int skrevet)
    {
        if (tidspunkt.TimeOfDay == TimeSpan.Zero)
        {
            skrevet = Dato(DateOnly.FromDateTime(tidspunkt), ud);
            return true;
        }

        return tidspunkt.TryFormat(ud, out skrevet, "yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) ? false : throw Forkort();
    }

    /// <summary>An integer in decimal.</summary>
    public static int Heltal(long tal, Span<byte> ud) =>
        tal.TryFormat(ud, out int skrevet, default, CultureInfo.InvariantCulture) ? skrevet : throw Forkort();

    /// <summary>An unsigned integer in decimal (INT64 with an unsigned logical type).</summary>
    public static int Heltal(ulong tal, Span<byte> ud) =>
        tal.TryFormat(ud, out int skrevet, default, CultureInfo.InvariantCulture) ? skrevet : throw Forkort();

    /// <summary>A DECIMAL without trailing zeros and without a trailing point: 1.10 is <c>1.1</c>, 100 stays <c>100</c>.</summary>
    public static int Decimal(decimal tal, Span<byte> ud)
    {
        if (!tal.TryFormat(ud, out int skrevet, default, CultureInfo.InvariantCulture))
        {
            throw Forkort();
        }

        return UdenEfternuller(ud, skrevet);
    }

    /// <summary>A DOUBLE by its shortest round-trip text in positional notation: 1E+21 is <c>1000000000000000000000</c>.</summary>
    public static int Flydende(double tal, Span<byte> ud) => Positionel(tal.ToString("R", CultureInfo.InvariantCulture), ud);

    /// <summary>A FLOAT by its own shortest round-trip text (0.1f is <c>0.1</c>, not the double nearest to it), in positional notation.</summary>
    public static int Flydende(float tal, Span<byte> ud) => Positionel(tal.ToString("R", CultureInfo.InvariantCulture), ud);

    private static int UdenEfternuller(Span<byte> ud, int laengde)
    {
        if (ud[..laengde].IndexOf((byte)'.') < 0)
        {
            return laengde;
        }

        while (ud[laengde - 1] == (byte)'0')
        {
            laengde--;
        }

        return ud[laengde - 1] == (byte)'.' ? laengde - 1 : laengde;
    }

    /// <summary>Writes a round-trip text with its exponent, if any, moved into the digits; NaN and infinities as .NET writes them (they fail as numbers).</summary>
    private static int Positionel(string tekst, Span<byte> ud)
    {
        int e = tekst.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return Encoding.ASCII.GetBytes(tekst, ud);
        }

        int eksponent = int.Parse(tekst.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> mantisse = tekst.AsSpan(0, e);
        bool negativ = mantisse[0] == '-';
        if (negativ)
        {
            mantisse = mantisse[1..];
        }

        int punkt = mantisse.IndexOf('.');
        string cifre = punkt < 0 ? mantisse.ToString() : string.Concat(mantisse[..punkt], mantisse[(punkt + 1)..]);
        int nytPunkt = (punkt < 0 ? mantisse.Length : punkt) + eksponent;
        var sb = new StringBuilder(MaksBytes);
        if (negativ)
        {
            sb.Append('-');
        }

        if (nytPunkt <= 0)
        {
            sb.Append("0.").Append('0', -nytPunkt).Append(cifre);
        }
        else if (nytPunkt >= cifre.Length)
        {
            sb.Append(cifre).Append('0', nytPunkt - cifre.Length);
        }
        else
        {
            sb.Append(cifre, 0, nytPunkt).Append('.').Append(cifre, nytPunkt, cifre.Length - nytPunkt);
        }

        return Encoding.ASCII.GetBytes(sb.ToString(), ud);
    }

    private static InvalidOperationException Forkort() => new("The buffer is shorter than the longest typed value's text.");
}
