using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>The text codes of <see cref="Koder"/> as UTF-8 bytes, encoded once.</summary>
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

    private static byte[][] Alle<T>(Func<T, string> kode)
        where T : struct, Enum
    {
        T[] vaerdier = Enum.GetValues<T>();
        var ud = new byte[vaerdier.Length][];
        for (int i = 0; i < vaerdier.Length; i++)
        {
            ud[i] = Utf8Linjeskriver.Utf8(kode(vaerdier[i]));
        }

        return ud;
    }
}
