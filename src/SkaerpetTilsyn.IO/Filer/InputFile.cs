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

    public static InputFile Open(string path)
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

        return new InputFile(path, new HashingStream(file));
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
            sha256 = _file.Finish();
        }
        catch (IOException e)
        {
            throw Failure(e);
        }

        // GZipStream ends a truncated stream silently; the trailer's ISIZE (length mod 2^32) catches it.
        // A file of several concatenated gzip members fails this check too, since ISIZE covers only the last one.
        if (_decompressed is not null && _file.Tail != unchecked((uint)_decompressed.Count))
        {
            throw Inddatafejl.UgyldigGzip(Name, new InvalidDataException("gzip ISIZE does not match the decompressed length"));
        }

        return sha256;
    }

    public void Dispose()
    {
        _decompressed?.Dispose();
        _file.Dispose();
    }
}
