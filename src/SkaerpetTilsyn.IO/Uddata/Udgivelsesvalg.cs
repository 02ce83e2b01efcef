namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Where a run publishes its output folder and how: whether it may replace another run's outputs, and whether person_id is pseudonymised.</summary>
public sealed record Udgivelsesvalg(string UdMappe)
{
    /// <summary>Replace an output folder holding another run's outputs (<c>--overskriv</c>); a folder holding other files is refused either way.</summary>
    public bool Overskriv { get; init; }

    /// <summary>Replaces person_id in every output and leaves rejected rows' text out (<c>--pseudonymiser</c>); null keeps raw ids.</summary>
    public Pseudonymiserer? Pseudonymer { get; init; }

    /// <summary>Whether the result tables become CSV, Parquet or both (<c>--format</c>, SPEC §13.3); recorded in <c>koersel.json</c>.</summary>
    public Uddataformat Format { get; init; }

    /// <summary>How the run's tables are written: in Danish Excel's dialect or the standard one (<c>--excel</c>, which shapes only CSV), as the files of <see cref="Format"/>.</summary>
    internal CsvDialekt Dialekt(bool excel = false) => (excel ? CsvDialekt.Excel : CsvDialekt.Standard) with { Format = Format };
}
