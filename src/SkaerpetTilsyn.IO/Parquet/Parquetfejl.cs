namespace SkaerpetTilsyn.IO.Parquet;

/// <summary>The fatal errors of a Parquet input (SPEC §13.1), each one Danish sentence naming the file.</summary>
internal static class Parquetfejl
{
    public static InputFejlException Ugyldig(string fil, Exception aarsag) =>
        new InputFejlException($"{fil} er ikke en gyldig Parquet-fil.", aarsag);

    public static InputFejlException Kolonnetype(string fil, string kolonne, string type) =>
        new InputFejlException(
            $"{fil} har kolonnen '{kolonne}' af typen {type}, som ikke kan læses; brug tekst, DATE, TIMESTAMP, INT32, INT64, DECIMAL, FLOAT eller DOUBLE.");

    public static InputFejlException FlereUdgaver(string navn, string mappe, IEnumerable<string?> filer) =>
        new InputFejlException($"{navn} findes som både {string.Join(" og ", filer)} i '{mappe}'; der må kun være én af dem.");
}
