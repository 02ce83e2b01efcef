using System.Globalization;

namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>A result table's field text as the typed value of its column (SPEC §13.3); the text is what the CSV writer printed, in the standard dialect.</summary>
/// <remarks>Every failure names the table, the column and the row (1 for the first data row), since a value that cannot be typed stops the run.</remarks>
internal static class Feltvaerdi
{
    public static int Heltal(string tekst, in Feltsted sted) =>
        int.TryParse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : throw Fejl(tekst, sted, "et heltal (INT32)");

    public static DateOnly Dato(string tekst, in Feltsted sted) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Fejl(tekst, sted, "en dato");

    /// <summary>The exact decimal the text prints.</summary>
    public static decimal Decimal(string tekst, in Feltsted sted) =>
        decimal.TryParse(tekst, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)
            ? d
            : throw Fejl(tekst, sted, "et decimaltal");

    /// <summary>The decimal as Parquet's DECIMAL of <paramref name="type"/> holds it: rounded half away from zero to its scale, within its precision.</summary>
    /// <remarks>Only hours can have more decimals than their column (an input row with more than four); percentages always have two.</remarks>
    public static decimal Decimal(string tekst, Kolonnetype type, in Feltsted sted)
    {
        var (praecision, decimaler) = Kolonnetyper.Decimalformat(type);
        decimal d = Math.Round(Decimal(tekst, sted), decimaler, MidpointRounding.AwayFromZero);
        decimal graense = Pow10(praecision - decimaler);
        return d > -graense && d < graense
            ? d
            : throw Fejl(tekst, sted, string.Create(CultureInfo.InvariantCulture, $"DECIMAL({praecision},{decimaler})"));
    }

    private static decimal Pow10(int n)
    {
        decimal v = 1m;
        for (int i = 0; i < n; i++)
        {
            v *= 10m;
        }

        return v;
    }

    private static InputFejlException Fejl(string tekst, in Feltsted sted, string hvad) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"Værdien '{tekst}' i kolonnen '{sted.Kolonne}' i {sted.Tabel}, række {sted.Raekke}, kan ikke skrives som {hvad}; skriv tabellen som CSV med --format csv."));
}
