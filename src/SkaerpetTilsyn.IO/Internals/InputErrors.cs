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

    public static InputFejlException Latin1(string file) =>
        new InputFejlException(
            $"{file} er ikke UTF-8, men ligner Windows-1252/Latin-1 (æ, ø eller å som enkelte byte), som dansk Excel gemmer \"CSV (semikolonsepareret)\" i. "
            + "Gem filen igen som \"CSV UTF-8\", eller kør med --encoding latin1.");

    public static InputFejlException Semikolon(string file) =>
        new InputFejlException(
            $"{file} er adskilt med semikolon, ikke komma (overskriften har ';' og intet ','), som når dansk Excel gemmer CSV. "
            + "Kør med --separator ';', eller gem filen igen som kommasepareret \"CSV UTF-8\".");

    public static InputFejlException Cpr(string file, long line) =>
        new InputFejlException(string.Create(
            CultureInfo.InvariantCulture,
            $"{file} linje {line}: person_id ligner et CPR-nummer (ti cifre, hvor de første seks er en dato). Resultater som passivsager.csv og afviste.csv ville så sprede CPR-numre. Brug pseudonymiserede id'er, eller kør med --tillad-cpr, hvis id'erne med sikkerhed ikke er CPR-numre."));

    public static InputFejlException RecordTooLong(string file, long line, int maxBytes) =>
        new InputFejlException(string.Create(
            CultureInfo.InvariantCulture,
            $"{file}: rækken efter linje {line} er længere end {maxBytes / (1 << 20)} MiB, sandsynligvis fordi et anførselstegn (\") aldrig lukkes. Ret anførselstegnet i filen."));
}
