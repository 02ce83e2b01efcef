namespace SkaerpetTilsyn.IO.Filer;

/// <summary>A read-only stream that counts the bytes read through it.</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyWrapperStream(inner)
{
    public long Count { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        int n = Inner.Read(buffer);
        Count += n;
        return n;
    }
}
