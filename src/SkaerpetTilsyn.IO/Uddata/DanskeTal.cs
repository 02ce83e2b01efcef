using System.Globalization;
using System.Numerics;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Numbers as a Danish reader expects them, on the console and in <c>rapport.html</c>: <c>51.301</c>, <c>58,41 %</c>.</summary>
/// <remarks>The output files keep the invariant notation of SPEC §7 (<see cref="Formater"/>); these are for people.</remarks>
public static class DanskeTal
{
    /// <summary>Decimal comma and thousands dot, without culture data (invariant globalization).</summary>
    internal static NumberFormatInfo Format { get; } = Dansk();

    /// <summary>A count with thousands dots: <c>51.301</c>.</summary>
    public static string Heltal(long v) => v.ToString("#,0", Format);

    /// <summary>A rule's number with at most two decimals and no trailing zeros: <c>30</c>, <c>12,5</c>.</summary>
    internal static string Decimal(decimal v) => v.ToString("0.##", Format);

    /// <summary>A number as exact as given, without trailing zeros: <c>1</c>, <c>0,125</c>.</summary>
    internal static string Eksakt(decimal v) => v.ToString("0.############################", Format);

    /// <summary><paramref name="del"/> of <paramref name="hel"/> in percent with one decimal, rounded half away from zero from the exact share: <c>0,5 %</c>.</summary>
    internal static string Andel(long del, long hel) => new Brok((BigInteger)del * 100, hel).Afrund(1).ToString("0.0", Format) + " %";

    /// <summary>A share in percent with the two decimals of the output files and a space before the sign: <c>58,41 %</c>; null when undefined.</summary>
    public static string? Procent(Brok? v) => v is { } p ? Procentformat.Dansk(p) : null;

    /// <summary>A percentage already printed with a decimal point in an output file, in Danish: <c>58.41</c> → <c>58,41 %</c>.</summary>
    internal static string Procenttekst(string invariant)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        return invariant.Replace('.', ',') + " %";
    }

    private static NumberFormatInfo Dansk()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberDecimalSeparator = ",";
        format.NumberGroupSeparator = ".";
        return NumberFormatInfo.ReadOnly(format);
    }
}
