using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SkaerpetTilsyn.IO.Filer;

/// <summary>A read-only stream that computes the SHA-256 of every byte read through it, so a file is hashed in the same pass that parses it, and keeps its last four bytes.</summary>
internal sealed class HashingStream : ReadOnlyWrapperStream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _tail = new byte[4];

    public HashingStream(Stream inner)
        : base(inner)
    {
    }

    /// <summary>The last four bytes read, little-endian: the ISIZE field of a gzip file's trailer once the stream is finished.</summary>
    public uint Tail => BinaryPrimitives.ReadUInt32LittleEndian(_tail);

    /// <summary>Reads what is left of the inner stream, so the hash covers the whole file, and returns the hash as lowercase hex.</summary>
    public string Finish()
    {
        CopyTo(Stream.Null);
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public override int Read(Span<byte> buffer)
    {
        int n = Inner.Read(buffer);
        _hash.AppendData(buffer[..n]);
        if (n >= _tail.Length)
        {
            buffer.Slice(n - _tail.Length, _tail.Length).CopyTo(_tail);
        }
        else if (n > 0)
        {
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(_tail.Length - n));
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
