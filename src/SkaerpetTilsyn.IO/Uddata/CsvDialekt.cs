namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>How an output CSV separates fields and writes decimals: the engine's own format, or Danish Excel's (<c>--excel</c>).</summary>
internal sealed record CsvDialekt(char Separator, char Decimaltegn, bool Bom)
{
    /// <summary>The format of SPEC §2 and §7: comma, decimal point, no BOM.</summary>
    public static CsvDialekt Standard { get; } = new(',', '.', false);

    /// <summary>What Danish Excel opens by double-click: semicolon, decimal comma, UTF-8 with BOM.</summary>
    public static CsvDialekt Excel { get; } = new(';', ',', true);

    /// <summary>A decimal printed by <see cref="Formater"/> (always with a point) in this dialect's decimal sign.</summary>
    public string? Decimal(string? vaerdi) => vaerdi is null || Decimaltegn == '.' ? vaerdi : vaerdi.Replace('.', Decimaltegn);
}
