using SkaerpetTilsyn.IO.Csv;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Parquet;
using SkaerpetTilsyn.IO.Postgres;

namespace SkaerpetTilsyn.IO.Kilder;

/// <summary>The source for an input, by its name: a table <c>S.tabel</c> of <see cref="Indlaesningsvalg.Database"/> from PostgreSQL (SPEC §13.2), <c>NAME.parquet</c> by Parquet.Net (SPEC §13.1), anything else as CSV.</summary>
internal static class Filkilde
{
    public const string ParquetEndelse = ".parquet";

    /// <summary>Opens <paramref name="sti"/>; without <paramref name="hash"/> the file is not hashed (<see cref="RecordSource.Finish"/> cannot be called).</summary>
    public static RecordSource Aabn(string sti, Indlaesningsvalg valg, bool hash = true) =>
        Tabel(sti, valg) is { } tabel ? PostgresRecordSource.Open(valg.Database!, tabel, hash)
        : sti.EndsWith(ParquetEndelse, StringComparison.OrdinalIgnoreCase) ? ParquetRecordSource.Open(sti, hash)
        : PlainCsvRecordSource.Open(sti, valg, hash);

    /// <summary>What reading the input takes, for reading the largest first: a file's bytes; a table's, not known before its query, 0.</summary>
    public static long Stoerrelse(string sti, Indlaesningsvalg valg) => Tabel(sti, valg) is null ? new FileInfo(sti).Length : 0;

    /// <summary>The table <paramref name="sti"/> names in the database, or null when it is a file (also <c>--status</c> and <c>--milepaele</c> beside a database).</summary>
    private static string? Tabel(string sti, Indlaesningsvalg valg) =>
        valg.Database is { } db && sti != valg.StatusFil && sti != valg.MilepaeleFil && db.ErTabel(sti, out string tabel) ? tabel : null;
}
