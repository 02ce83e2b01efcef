using System.Text;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Validering;

/// <summary>The text codes of <see cref="Koder"/> as UTF-8 bytes, encoded once: written by the generator, matched by the reader without decoding a field.</summary>
internal static class Utf8Koder
{
    private static readonly byte[][] s_ydelser = Alle<Ydelse>(Koder.Kode);
    private static readonly byte[][] s_samtaleTyper = Alle<SamtaleType>(Koder.Kode);
    private static readonly byte[][] s_samtaleFormer = Alle<SamtaleForm>(Koder.Kode);
    private static readonly byte[][] s_tilbudTyper = Alle<TilbudType>(Koder.Kode);
    private static readonly byte[][] s_aarsager = Alle<FritagelseAarsag>(Koder.Kode);

    public static ReadOnlySpan<byte> Ydelse(Ydelse v) => s_ydelser[(int)v];

    public static ReadOnlySpan<byte> SamtaleType(SamtaleType v) => s_samtaleTyper[(int)v];

    public static ReadOnlySpan<byte> SamtaleForm(SamtaleForm v) => s_samtaleFormer[(int)v];

    public static ReadOnlySpan<byte> TilbudType(TilbudType v) => s_tilbudTyper[(int)v];

    public static ReadOnlySpan<byte> Aarsag(FritagelseAarsag v) => s_aarsager[(int)v];

    public static bool TryParse(ReadOnlySpan<byte> felt, out Ydelse v) => Find(s_ydelser, felt, out v);

    public static bool TryParse(ReadOnlySpan<byte> felt, out SamtaleType v) => Find(s_samtaleTyper, felt, out v);

    public static bool TryParse(ReadOnlySpan<byte> felt, out SamtaleForm v) => Find(s_samtaleFormer, felt, out v);

    public static bool TryParse(ReadOnlySpan<byte> felt, out TilbudType v) => Find(s_tilbudTyper, felt, out v);

    public static bool TryParse(ReadOnlySpan<byte> felt, out FritagelseAarsag v) => Find(s_aarsager, felt, out v);

    private static bool Find<T>(byte[][] koder, ReadOnlySpan<byte> felt, out T v)
        where T : struct, Enum
    {
        for (int i = 0; i < koder.Length; i++)
        {
            if (felt.SequenceEqual(koder[i]))
            {
                // The enums are byte-sized with values 0..n-1 in code-list order.
                byte b = (byte)i;
                v = System.Runtime.CompilerServices.Unsafe.As<byte, T>(ref b);
                return true;
            }
        }

        v = default;
        return false;
    }

    private static byte[][] Alle<T>(Func<T, string> kode)
        where T : struct, Enum
    {
        T[] vaerdier = Enum.GetValues<T>();
        var ud = new byte[vaerdier.Length][];
        for (int i = 0; i < vaerdier.Length; i++)
        {
            ud[i] = Encoding.UTF8.GetBytes(kode(vaerdier[i]));
        }

        return ud;
    }
}
