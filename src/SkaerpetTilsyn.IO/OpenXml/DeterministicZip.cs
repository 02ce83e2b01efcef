using System.IO.Compression;

namespace SkaerpetTilsyn.IO.OpenXml;

/// <summary>Rewrites a zip package with every entry's time fixed, since System.IO.Packaging stamps the current time on each entry (SPEC §11.2: no timestamps).</summary>
internal static class DeterministicZip
{
    // The earliest time a zip's DOS date field can hold.
    private static readonly DateTimeOffset s_tid = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The entries of <paramref name="pakke"/> in their order, with fixed times and the same compression every run.</summary>
    public static byte[] Normaliser(ReadOnlySpan<byte> pakke)
    {
        using var ind = new ZipArchive(new MemoryStream(pakke.ToArray(), writable: false), ZipArchiveMode.Read);
        using var ud = new MemoryStream();
        using (var skriv = new ZipArchive(ud, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in ind.Entries)
            {
                var ny = skriv.CreateEntry(e.FullName, CompressionLevel.Optimal);
                ny.LastWriteTime = s_tid;
                using var fra = e.Open();
                using var til = ny.Open();
                fra.CopyTo(til);
            }
        }

        return ud.ToArray();
    }
}
