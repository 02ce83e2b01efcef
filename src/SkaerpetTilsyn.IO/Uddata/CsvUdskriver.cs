using CsvHelper;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes an output CSV the way every output of the engine is written: UTF-8, LF line endings, quotes only where needed; by default comma-separated without BOM (<see cref="CsvDialekt.Standard"/>).</summary>
internal sealed class CsvUdskriver : IDisposable
{
    private readonly CsvWriter _writer;

    /// <summary>Writes to <paramref name="stream"/>, which stays open when the writer is disposed.</summary>
    public CsvUdskriver(Stream stream, CsvDialekt? dialekt = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Dialekt = dialekt ?? CsvDialekt.Standard;
        var options = new CsvWriterOptions { NewLine = "\n", Separator = Dialekt.Separator, WriteByteOrderMark = Dialekt.Bom };
        _writer = CsvWriter.Create(stream, options, leaveOpen: true);
    }

    public CsvDialekt Dialekt { get; }

    /// <summary>Writes the file <paramref name="sti"/> atomically (see <see cref="AtomiskSkrivning"/>) with the records that <paramref name="skriv"/> writes.</summary>
    public static void SkrivFil(string sti, Action<CsvUdskriver> skriv) => SkrivFil(sti, CsvDialekt.Standard, skriv);

    /// <summary>As <see cref="SkrivFil(string, Action{CsvUdskriver})"/>, in <paramref name="dialekt"/>.</summary>
    public static void SkrivFil(string sti, CsvDialekt dialekt, Action<CsvUdskriver> skriv)
    {
        ArgumentNullException.ThrowIfNull(skriv);
        AtomiskSkrivning.Skriv(sti, stream =>
        {
            using CsvUdskriver udskriver = new(stream, dialekt);
            skriv(udskriver);
        });
    }

    /// <summary>Writes a whole record; <see langword="null"/> is an empty field.</summary>
    public void Raekke(params ReadOnlySpan<string?> felter)
    {
        foreach (string? felt in felter)
        {
            _writer.WriteField(felt);
        }

        _writer.EndRecord();
    }

    public void Dispose() => _writer.Dispose();
}
