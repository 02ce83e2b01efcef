using CsvHelper;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes an output CSV the way every output of the engine is written: UTF-8 without BOM, comma-separated, LF line endings, quotes only where needed.</summary>
public sealed class CsvUdskriver : IDisposable
{
    private static readonly CsvWriterOptions s_options = new() { NewLine = "\n", Separator = ',', WriteByteOrderMark = false };

    private readonly CsvWriter _writer;

    /// <summary>Writes to <paramref name="stream"/>, which stays open when the writer is disposed.</summary>
    public CsvUdskriver(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _writer = CsvWriter.Create(stream, s_options, leaveOpen: true);
    }

    /// <summary>Writes the file <paramref name="sti"/> atomically (see <see cref="AtomiskSkrivning"/>) with the records that <paramref name="skriv"/> writes.</summary>
    public static void SkrivFil(string sti, Action<CsvUdskriver> skriv)
    {
        ArgumentNullException.ThrowIfNull(skriv);
        AtomiskSkrivning.Skriv(sti, stream =>
        {
            using CsvUdskriver udskriver = new(stream);
            skriv(udskriver);
        });
    }

    /// <summary>Writes one field of the current record; <see langword="null"/> is an empty field.</summary>
    public void Felt(string? vaerdi) => _writer.WriteField(vaerdi);

    /// <summary>Ends the current record.</summary>
    public void AfslutRaekke() => _writer.EndRecord();

    /// <summary>Writes a whole record, such as a header.</summary>
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
