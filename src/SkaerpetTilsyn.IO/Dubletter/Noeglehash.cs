using System.Buffers.Binary;

namespace SkaerpetTilsyn.IO.Dubletter;

/// <summary>A fast word-at-a-time 64-bit hash of a row key; every user compares the bytes when hashes match, so quality only affects speed.</summary>
internal static class Noeglehash
{
    public static ulong Beregn(ReadOnlySpan<byte> s)
    {
        // Wrap-around is the point of a hash; the project checks arithmetic everywhere else.
        unchecked
        {
            ulong h = (ulong)s.Length * 0x9E3779B97F4A7C15UL;
            int i = 0;
            for (; i + 8 <= s.Length; i += 8)
            {
                h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(s[i..])) * 0xFF51AFD7ED558CCDUL;
                h ^= h >> 29;
            }

            ulong rest = 0;
            for (; i < s.Length; i++)
            {
                rest = (rest << 8) | s[i];
            }

            h = (h ^ rest) * 0xC4CEB9FE1A85EC53UL;
            return h ^ (h >> 32);
        }
    }
}
