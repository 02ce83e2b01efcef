namespace SkaerpetTilsyn.IO.Kilder;

/// <summary>The framing of one input: its records one at a time, each a list of field texts as UTF-8 with the line it starts on and its text for <c>afviste.csv</c>.</summary>
/// <remarks>
/// CSV frames records today (<see cref="Csv.CsvRecordSource"/>). A Parquet row group or a PostgreSQL row is framed the same way
/// (SPEC §13.1: a typed value becomes its text, NULL an empty field, <see cref="Line"/> is the row number + 1 and
/// <see cref="RecordText"/> the field texts joined by <c>,</c>). Everything after framing — the field checks and their reject
/// texts (<see cref="Validering.Raekkekontrol"/>), duplicates (<see cref="Dubletter.Dubletkontrol"/>) and sort order
/// (<see cref="Stroem.Personorden"/>) — reads a record only through this type, so every source shares it.
/// </remarks>
internal abstract class RecordSource : IDisposable
{
    private string? _skimmedDefect;

    protected RecordSource(string name) => Name = name;

    /// <summary>What <c>afviste.csv</c> and every message call the input: the file name as found, such as <c>ydelser.csv.gz</c>.</summary>
    public string Name { get; }

    /// <summary>The column names in source order, as given.</summary>
    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>The number of fields of the current record; a record with another count than <see cref="Headers"/> is rejected.</summary>
    public abstract int FieldCount { get; }

    /// <summary>Where the current record starts, the header being line 1.</summary>
    public abstract long Line { get; }

    /// <summary>The byte that joins field texts in a record's duplicate key.</summary>
    public virtual byte Separator => (byte)',';

    /// <summary>Moves to the next record; <paramref name="defect"/> is the reject reason when the record could only be framed in part.</summary>
    public abstract bool Read(out string? defect);

    /// <summary>
    /// Moves to the next record when only field <paramref name="index"/> of it may be wanted: a columnar source need not decode the others until
    /// they, or <see cref="SkimmedDefect"/>, are asked for.
    /// </summary>
    public virtual bool Skim(int index)
    {
        bool read = Read(out string? defect);
        _skimmedDefect = defect;
        return read;
    }

    /// <summary>The reject reason <see cref="Read"/> would have given for the record <see cref="Skim"/> moved to.</summary>
    public virtual string? SkimmedDefect => _skimmedDefect;

    /// <summary>Field <paramref name="index"/> of the current record as given (not trimmed), valid until the next <see cref="Read"/>.</summary>
    public abstract ReadOnlySpan<byte> Field(int index);

    /// <summary>The current record's fields joined by <see cref="Separator"/>, when the source holds exactly that text and no field needs trimming or holds the separator, a quote or NUL.</summary>
    /// <remarks>The fast path of the duplicate key: a source that cannot tell returns <see langword="false"/> and the key is built field by field.</remarks>
    public virtual bool TryGetJoined(out ReadOnlySpan<byte> joined)
    {
        joined = default;
        return false;
    }

    /// <summary>The current record as <c>afviste.csv</c> shows it.</summary>
    public abstract string RecordText();

    /// <summary>An estimate of how many records of the kind counted in <paramref name="sofar"/> the whole source holds, for sizing arrays; <see langword="null"/> when unknown.</summary>
    public virtual long? EstimateTotal(long sofar) => null;

    /// <summary>A new source over the same input from its start, read the same way.</summary>
    public abstract RecordSource OpenAgain();

    /// <summary>Finishes the input after its last record: the SHA-256 that <c>koersel.json</c> records, as lowercase hex.</summary>
    public abstract string Finish();

    /// <summary>Field <paramref name="index"/> without surrounding spaces and tabs (SPEC §8.1), inside quotes too.</summary>
    public ReadOnlySpan<byte> TrimmedField(int index)
    {
        ReadOnlySpan<byte> field = Field(index);
        return field.Length > 0 && (field[0] is (byte)' ' or (byte)'\t' || field[^1] is (byte)' ' or (byte)'\t') ? field.Trim(" \t"u8) : field;
    }

    /// <summary>The index of a required column, matched exactly after trimming.</summary>
    public int Column(string name)
    {
        IReadOnlyList<string> headers = Headers;
        int found = -1;
        for (int i = 0; i < headers.Count; i++)
        {
            if (headers[i].AsSpan().Trim(" \t").SequenceEqual(name))
            {
                if (found >= 0)
                {
                    throw Inddatafejl.KolonneGentaget(Name, name);
                }

                found = i;
            }
        }

        return found >= 0 ? found : throw Inddatafejl.KolonneMangler(Name, name);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
