namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>What a result table's column holds, and so its type in Parquet and in a DataFrame (SPEC §13.3).</summary>
public enum Kolonnetype
{
    /// <summary>Text as the CSV has it: names, codes, <c>ja</c>/<c>nej</c>, months <c>yyyy-MM</c> and values echoed as given.</summary>
    Tekst,

    /// <summary>A whole number: kommune codes, years, line numbers and counts (Parquet INT32).</summary>
    Heltal,

    /// <summary>A date <c>yyyy-MM-dd</c> (Parquet DATE).</summary>
    Dato,

    /// <summary>A percentage with two decimals (Parquet DECIMAL(7,2)).</summary>
    Procent,

    /// <summary>Hours, exact in the CSV (Parquet DECIMAL(18,4)).</summary>
    Timer,
}
