using CsvHelper;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>
/// Writes a result table as the CSV text every output of the engine has: UTF-8, LF line endings, quotes only where needed; by default
/// comma-separated without BOM (<see cref="CsvDialekt.Standard"/>). That text, in the standard dialect, is also what the table's Parquet file and
/// DataFrame are made from (SPEC §13.3, §13.4).
/// </summary>
internal sealed class CsvUdskriver : IDisposable
{
    private readonly IRaekkemaal _maal;

    /// <summary>Writes CSV to <paramref name="stream"/>, which stays open when the writer is disposed.</summary>
    public CsvUdskriver(Stream stream, CsvDialekt? dialekt = null)
        : this(new Csvmaal(stream, dialekt ?? CsvDialekt.Standard), dialekt ?? CsvDialekt.Standard)
    {
    }

    private CsvUdskriver(IRaekkemaal maal, CsvDialekt dialekt)
    {
        _maal = maal;
        Dialekt = dialekt;
    }

    public CsvDialekt Dialekt { get; }

    /// <summary>
    /// Writes the table <paramref name="sti"/> (<c>NAME.csv</c>) with the records that <paramref name="skriv"/> writes, the header first: as
    /// <c>NAME.csv</c> in <paramref name="dialekt"/>, as <c>NAME.parquet</c> or as both, as its <see cref="CsvDialekt.Format"/> says, each file
    /// atomically (see <see cref="AtomiskSkrivning"/>); or as no file but a <see cref="Tabel"/> handed to its <see cref="CsvDialekt.Tabeller"/>.
    /// </summary>
    /// <remarks>
    /// <paramref name="skriv"/> runs once per rendering; the Parquet file and the table get the standard dialect's text whatever the CSV's.
    /// There is no overload without a dialect: a writer that did not pass the run's on would write CSV whatever <c>--format</c> said.
    /// </remarks>
    public static void SkrivFil(string sti, CsvDialekt dialekt, Action<CsvUdskriver> skriv)
    {
        ArgumentNullException.ThrowIfNull(sti);
        ArgumentNullException.ThrowIfNull(dialekt);
        ArgumentNullException.ThrowIfNull(skriv);
        string navn = Path.ChangeExtension(sti, null).Replace('\\', '/');
        if (dialekt.Tabeller is { } tabeller)
        {
            var bygger = new Tabelbygger(navn);
            using (var udskriver = new CsvUdskriver(bygger, CsvDialekt.Standard))
            {
                skriv(udskriver);
            }

            tabeller(bygger.Tabel());
            return;
        }

        if (dialekt.Format.SkriverCsv())
        {
            AtomiskSkrivning.Skriv(sti, stream =>
            {
                using CsvUdskriver udskriver = new(stream, dialekt);
                skriv(udskriver);
            });
        }

        if (dialekt.Format.SkriverParquet())
        {
            AtomiskSkrivning.Skriv(Path.ChangeExtension(sti, ".parquet"), stream =>
            {
                using CsvUdskriver udskriver = new(new ParquetUdskriver(stream, Path.GetFileName(navn) + ".parquet"), CsvDialekt.Standard);
                skriv(udskriver);
            });
        }
    }

    /// <summary>Writes a whole record; <see langword="null"/> is an empty field.</summary>
    public void Raekke(params ReadOnlySpan<string?> felter) => _maal.Raekke(felter);

    public void Dispose() => _maal.Dispose();

    /// <summary>The CSV text itself.</summary>
    private sealed class Csvmaal : IRaekkemaal
    {
        private readonly CsvWriter _writer;

        public Csvmaal(Stream stream, CsvDialekt dialekt)
        {
            ArgumentNullException.ThrowIfNull(stream);
            var options = new CsvWriterOptions { NewLine = "\n", Separator = dialekt.Separator, WriteByteOrderMark = dialekt.Bom };
            _writer = CsvWriter.Create(stream, options, leaveOpen: true);
        }

        public void Raekke(ReadOnlySpan<string?> felter)
        {
            foreach (string? felt in felter)
            {
                _writer.WriteField(felt);
            }

            _writer.EndRecord();
        }

        public void Dispose() => _writer.Dispose();
    }
}
