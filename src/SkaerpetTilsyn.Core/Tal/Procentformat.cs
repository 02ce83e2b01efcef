using System.Globalization;

namespace SkaerpetTilsyn.Core.Tal;

/// <summary>Percentages as text: two decimals, rounded half away from zero from the exact value (SPEC §4 "Reported percentages", §8.8).</summary>
/// <remarks>The one place a share becomes text, for the output files, the report and the console alike.</remarks>
public static class Procentformat
{
    private static readonly NumberFormatInfo s_dansk = DanskNotation();

    /// <summary>As in the output files: <c>30.00</c>, <c>33.33</c>.</summary>
    public static string Fil(Brok procent) => procent.Afrund(2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>As in the output files, or null when the share is undefined (an empty field).</summary>
    public static string? Fil(Brok? procent) => procent is { } p ? Fil(p) : null;

    /// <summary>In Danish notation for a reader: <c>30,00 %</c>.</summary>
    public static string Dansk(Brok procent) => procent.Afrund(2).ToString("0.00", s_dansk) + " %";

    private static NumberFormatInfo DanskNotation()
    {
        var dansk = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        dansk.NumberDecimalSeparator = ",";
        dansk.NumberGroupSeparator = ".";
        return NumberFormatInfo.ReadOnly(dansk);
    }
}
