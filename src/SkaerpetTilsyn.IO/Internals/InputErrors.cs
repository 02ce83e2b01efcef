using System.Globalization;

namespace SkaerpetTilsyn.IO.Internals;

/// <summary>The fatal input errors, each one Danish sentence naming the file; callers <c>throw</c> them so flow analysis sees the exit.</summary>
internal static class InputErrors
{
    public static InputFejlException FolderMissing(string folder) =>
        new InputFejlException($"Datamappen '{folder}' findes ikke.");

    public static InputFejlException RequiredFileMissing(string name, string folder) =>
        new InputFejlException($"Den påkrævede fil {name}.csv (eller {name}.csv.gz) findes ikke i '{folder}'.");

    public static InputFejlException StatusFileMissing(string path) =>
        new InputFejlException($"Statusfilen '{path}' findes ikke.");

    public static InputFejlException BothPlainAndGzip(string name, string folder) =>
        new InputFejlException($"Både {name}.csv og {name}.csv.gz findes i '{folder}'; der må kun være én af dem.");

    public static InputFejlException ColumnMissing(string file, string column) =>
        new InputFejlException($"{file} mangler kolonnen '{column}' i overskriften.");

    public static InputFejlException ColumnRepeated(string file, string column) =>
        new InputFejlException($"{file} har kolonnen '{column}' mere end én gang i overskriften.");

    public static InputFejlException Unreadable(string path, Exception cause) =>
        new InputFejlException($"Filen '{path}' kan ikke læses.", cause);

    public static InputFejlException CorruptGzip(string file, Exception cause) =>
        new InputFejlException($"{file} er ikke en gyldig gzip-fil.", cause);

    public static InputFejlException BadRow(string file, long line, string reason) =>
        new InputFejlException(string.Create(CultureInfo.InvariantCulture, $"{file} linje {line}: {reason}"));

    public static InputFejlException KommuneRepeated(string file, long line, int kommune, long firstLine) =>
        new InputFejlException(string.Create(
            CultureInfo.InvariantCulture, $"{file} linje {line}: kommune {kommune:D3} står allerede i linje {firstLine}."));
}
