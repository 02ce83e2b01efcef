using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

public sealed class AtomiskSkrivningTests : IDisposable
{
    private readonly Datamappe _mappe = new();

    public void Dispose() => _mappe.Dispose();

    [Fact]
    public void Skriv_Completes_TargetWrittenAndNoTemporaryFileLeft()
    {
        string sti = _mappe.Fil("ud.csv");
        File.WriteAllText(sti, "gammel");

        AtomiskSkrivning.Skriv(sti, stream => stream.Write("ny"u8));

        File.ReadAllText(sti).Should().Be("ny");
        Directory.GetFiles(_mappe.Sti, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Skriv_WriterThrows_TargetUntouchedAndNoTemporaryFileLeft()
    {
        string sti = _mappe.Fil("ud.csv");
        File.WriteAllText(sti, "gammel");

        Action skriv = () => AtomiskSkrivning.Skriv(sti, stream =>
        {
            stream.Write("halv"u8);
            throw new InvalidOperationException("fejl midt i");
        });

        skriv.Should().Throw<InvalidOperationException>();
        File.ReadAllText(sti).Should().Be("gammel");
        Directory.GetFiles(_mappe.Sti, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Skriv_WriterThrowsWithoutTarget_NoFileCreated()
    {
        string sti = _mappe.Fil("ny.csv");

        Action skriv = () => AtomiskSkrivning.Skriv(sti, _ => throw new IOException("disk fuld"));

        skriv.Should().Throw<IOException>();
        File.Exists(sti).Should().BeFalse();
        Directory.GetFiles(_mappe.Sti, "*.tmp").Should().BeEmpty();
    }
}
