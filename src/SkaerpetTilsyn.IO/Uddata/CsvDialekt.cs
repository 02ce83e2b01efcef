using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>
/// How a run writes its result tables: the CSV's separator, decimal sign and BOM (the engine's own format, or Danish Excel's with <c>--excel</c>),
/// which files they become (<c>--format</c>), or, for the library, no files but a <see cref="Tabel"/> each.
/// </summary>
internal sealed record CsvDialekt(char Separator, char Decimaltegn, bool Bom)
{
    /// <summary>The format of SPEC §2 and §7: comma, decimal point, no BOM.</summary>
    public static CsvDialekt Standard { get; } = new(',', '.', false);

    /// <summary>What Danish Excel opens by double-click: semicolon, decimal comma, UTF-8 with BOM.</summary>
    public static CsvDialekt Excel { get; } = new(';', ',', true);

    /// <summary>Whether a table becomes <c>NAME.csv</c>, <c>NAME.parquet</c> or both (SPEC §13.3); the dialect shapes only the CSV.</summary>
    public Uddataformat Format { get; init; } = Uddataformat.Csv;

    /// <summary>When set, each table is handed here instead of being written to a file (SPEC §13.4).</summary>
    public Action<Tabel>? Tabeller { get; init; }

    /// <summary>The tables that <paramref name="skriv"/> writes with a dialect that keeps them instead of writing files, in the order written.</summary>
    public static IReadOnlyList<Tabel> Saml(Action<CsvDialekt> skriv)
    {
        ArgumentNullException.ThrowIfNull(skriv);
        var tabeller = new List<Tabel>();
        skriv(Standard with { Tabeller = tabeller.Add });
        return tabeller;
    }

    /// <summary>The input format's dialect (for <c>status.csv</c>, which feeds next year's run) writing the same files as this one.</summary>
    public CsvDialekt Inddataformat => Standard with { Format = Format, Tabeller = Tabeller };

    /// <summary>A decimal printed by <see cref="Formater"/> (always with a point) in this dialect's decimal sign.</summary>
    public string? Decimal(string? vaerdi) => vaerdi is null || Decimaltegn == '.' ? vaerdi : vaerdi.Replace('.', Decimaltegn);
}
