using SkaerpetTilsyn.IO.Generering;

namespace SkaerpetTilsyn.IO.Tests.Generering;

/// <summary>A generated data set in a temporary folder, deleted on dispose.</summary>
public sealed class Datasaet : IDisposable
{
    public Datasaet(GeneratorValg valg)
    {
        Mappe = Path.Combine(Path.GetTempPath(), "skaerpet-gen-" + Guid.NewGuid().ToString("N"));
        Generator = new Datagenerator(valg);
        Generator.Generer(Mappe);
    }

    public string Mappe { get; }

    public Datagenerator Generator { get; }

    public string[] Linjer(string fil) => File.ReadAllText(Path.Combine(Mappe, fil)).Split('\n');

    /// <summary>The data rows of a file: no header, no empty last line.</summary>
    public IEnumerable<string> Raekker(string fil) => Linjer(fil).Skip(1).Where(l => l.Length > 0);

    public byte[] Bytes(string fil) => File.ReadAllBytes(Path.Combine(Mappe, fil));

    public void Dispose() => Directory.Delete(Mappe, recursive: true);
}
