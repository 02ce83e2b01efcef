namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Which files a run's result tables become (SPEC §13.3, <c>--format</c>); <c>koersel.json</c> and <c>rapport.html</c> are written either way.</summary>
public enum Uddataformat
{
    /// <summary><c>NAME.csv</c>, the default.</summary>
    Csv,

    /// <summary><c>NAME.parquet</c> with typed columns instead of <c>NAME.csv</c>.</summary>
    Parquet,

    /// <summary>Both <c>NAME.csv</c> and <c>NAME.parquet</c>.</summary>
    Begge,
}
