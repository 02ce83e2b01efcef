using System.IO.Compression;

namespace SkaerpetTilsyn.IO.Filer;

/// <summary>One input file opened for a single forward read: its content (decompressed when the name ends in <c>.gz</c>) and the SHA-256 of its bytes as stored.</summary>
/// <remarks>The hash is taken in the same pass that parses the file, so the file is read from disk once.</remarks>
internal sealed class InputFile : IDisposable
{
    private readonly HashingStream _file;
    private readonly CountingStream? _decompressed;

    private InputFile(string path, HashingStream file)
    {
        Path = path;
        Name = System.IO.Path.GetFileName(path);
        IsGzip = Name.EndsWith(".gz", StringComparison.Ordinal);
        _file = file;
        if (IsGzip)
        {
            _decompressed = new CountingStream(new GZipStream(file, CompressionMode.Decompress, leaveOpen: true));
        }
    }

    /// <summary>The path as opened, for opening the file again.</summary>
    public string Path { get; }

    /// <summary>The file name as found, such as <c>ydelser.csv.gz</c>.</summary>
    public string Name { get; }

    public bool IsGzip { get; }

    /// <summary>The bytes to parse: the file's own, or what its gzip stream decompresses to.</summary>
    public Stream Content => _decompressed ?? (Stream)_file;

    /// <summary>Opens <paramref name="path"/>; with <paramref name="hash"/> false its bytes are not hashed (a second read of a file whose hash is known) and <see cref="Finish"/> cannot be called.</summary>
    public static InputFile Open(string path, bool hash = true)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Inddatafejl.Ulaeselig(path, e);
        }

        return new InputFile(path, new HashingStream(file, hash));
    }

    /// <summary>The input error for a failure while reading the content: a corrupt gzip stream, or a file that cannot be read.</summary>
    public InputFejlException Failure(Exception e) =>
        e is InvalidDataException && IsGzip ? Inddatafejl.UgyldigGzip(Name, e) : Inddatafejl.Ulaeselig(Path, e);

    /// <summary>Hashes what the parser left unread and returns the SHA-256 as lowercase hex; call after the last row.</summary>
    public string Finish()
    {
        string sha256;
        try
        {
            // GZipStream reads every member of a file of several (as 'cat a.gz b.gz' makes) but ends a stream cut short silently.
            _decompressed?.CopyTo(Stream.Null);
            sha256 = _file.Finish();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw Failure(e);
        }

        // The trailer's ISIZE (length mod 2^32) covers the last member only: when it is not the whole length, each member is checked.
        if (_decompressed is not null && _file.Tail != unchecked((uint)_decompressed.Count) && !Hele())
        {
            throw Inddatafejl.UgyldigGzip(Name, new InvalidDataException("a gzip member is cut short or its ISIZE does not match its length"));
        }

        return sha256;
    }

    private bool Hele()
    {
        try
        {
            return GzipMedlemmer.Hele(Path, _decompressed!.Count);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw Failure(e);
        }
    }

    public void Dispose()
    {
        _decompressed?.Dispose();
        _file.Dispose();
    }
}
