using System.Buffers.Binary;
using System.IO.Compression;

namespace SkaerpetTilsyn.IO.Filer;

/// <summary>
/// Checks a gzip file member by member (RFC 1952): every member's header, deflate data and trailer whole, and the ISIZE of each one its
/// own length. GZipStream reads several members as one stream but ends one cut short silently, and its last trailer speaks only for the
/// last member, so a file whose last ISIZE does not match its whole length is either several members or cut short; this tells which.
/// </summary>
/// <remarks>
/// Reads the file a second time, handing the inflater one byte at a time so it never reads past a member's end, which is slow
/// (a compressed gigabyte takes minutes); only a file of several members pays it.
/// </remarks>
internal static class GzipMedlemmer
{
    private const byte Ftext = 1;
    private const byte Fhcrc = 2;
    private const byte Fextra = 4;
    private const byte Fname = 8;
    private const byte Fcomment = 16;

    /// <summary>Whether the file at <paramref name="path"/> is whole gzip members, one after another, that decompress to <paramref name="laengde"/> bytes.</summary>
    public static bool Hele(string path, long laengde)
    {
        using var fil = new BufferedStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), 1 << 16);
        using var feed = new EnByte(fil);
        long ialt = 0;
        byte[] buffer = new byte[1 << 16];
        Span<byte> trailer = stackalloc byte[8];
        for (int medlemmer = 0; ; medlemmer++)
        {
            int id1 = fil.ReadByte();
            if (id1 < 0)
            {
                return medlemmer > 0 && ialt == laengde;
            }

            if (id1 != 0x1F || fil.ReadByte() != 0x8B || fil.ReadByte() != 8 || !SpringHoved(fil))
            {
                return false;
            }

            long medlem = 0;
            using (var inflater = new DeflateStream(feed, CompressionMode.Decompress, leaveOpen: true))
            {
                for (int n; (n = inflater.Read(buffer)) > 0;)
                {
                    medlem += n;
                }
            }

            if (feed.Slut || fil.ReadAtLeast(trailer, 8, throwOnEndOfStream: false) < 8
                || BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) != unchecked((uint)medlem))
            {
                return false;
            }

            ialt += medlem;
        }
    }

    /// <summary>Skips the rest of a member's header after ID1, ID2 and CM: FLG, MTIME, XFL, OS and the optional fields FLG names.</summary>
    private static bool SpringHoved(Stream fil)
    {
        int flag = fil.ReadByte();
        Span<byte> fast = stackalloc byte[6];
        if (flag < 0 || (flag & ~(Ftext | Fhcrc | Fextra | Fname | Fcomment)) != 0 || fil.ReadAtLeast(fast, 6, throwOnEndOfStream: false) < 6)
        {
            return false;
        }

        if ((flag & Fextra) != 0)
        {
            Span<byte> xlen = stackalloc byte[2];
            if (fil.ReadAtLeast(xlen, 2, throwOnEndOfStream: false) < 2 || !Spring(fil, BinaryPrimitives.ReadUInt16LittleEndian(xlen)))
            {
                return false;
            }
        }

        foreach (byte felt in (ReadOnlySpan<byte>)[Fname, Fcomment])
        {
            if ((flag & felt) != 0)
            {
                int b;
                while ((b = fil.ReadByte()) > 0)
                {
                }

                if (b < 0)
                {
                    return false;
                }
            }
        }

        return (flag & Fhcrc) == 0 || Spring(fil, 2);
    }

    private static bool Spring(Stream fil, int antal)
    {
        for (int i = 0; i < antal; i++)
        {
            if (fil.ReadByte() < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hands out one byte per read, so the inflater above it takes no byte past the end of its deflate data.</summary>
    private sealed class EnByte(Stream inner) : ReadOnlyWrapperStream(inner)
    {
        /// <summary>Whether the file ended under the inflater: a member cut short.</summary>
        public bool Slut { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            if (buffer.IsEmpty)
            {
                return 0;
            }

            int b = Inner.ReadByte();
            if (b < 0)
            {
                Slut = true;
                return 0;
            }

            buffer[0] = (byte)b;
            return 1;
        }
    }
}
