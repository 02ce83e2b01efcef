using SkaerpetTilsyn.IO.Csv;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Parquet;

namespace SkaerpetTilsyn.IO.Kilder;

/// <summary>The source for an input file, by its name: <c>NAME.parquet</c> is read by Parquet.Net (SPEC §13.1), anything else as CSV.</summary>
internal static class Filkilde
{
    public const string ParquetEndelse = ".parquet";

    /// <summary>Opens <paramref name="sti"/>; without <paramref name="hash"/> the file is not hashed (<see cref="RecordSource.Finish"/> cannot be called).</summary>
    public static RecordSource Aabn(string sti, Indlaesningsvalg valg, bool hash = true) =>
        sti.EndsWith(ParquetEndelse, StringComparison.OrdinalIgnoreCase) ? ParquetRecordSource.Open(sti, hash) : PlainCsvRecordSource.Open(sti, valg, hash);
}
