namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes a file under a temporary name in the same folder and renames it when complete, so a failed write never leaves a half-written file (SPEC §7).</summary>
internal static class AtomiskSkrivning
{
    /// <summary>Writes <paramref name="sti"/> with <paramref name="skriv"/>, replacing an existing file only when the write succeeds.</summary>
    public static void Skriv(string sti, Action<Stream> skriv)
    {
        ArgumentNullException.ThrowIfNull(sti);
        ArgumentNullException.ThrowIfNull(skriv);
        string fuld = Path.GetFullPath(sti);

        // Same folder, so the rename stays on one file system and is atomic.
        string midlertidig = Path.Combine(Path.GetDirectoryName(fuld)!, $".{Path.GetFileName(fuld)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (FileStream stream = new(midlertidig, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                skriv(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(midlertidig, fuld, overwrite: true);
        }
        catch
        {
            File.Delete(midlertidig);
            throw;
        }
    }
}
