using System.Globalization;
using NodaTime;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>How values are printed in the output files (SPEC §7, §8.8).</summary>
internal static class Formater
{
    public static string? Dato(LocalDate? dato) => dato?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Maaned(YearMonth maaned) => maaned.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string JaNej(bool v) => v ? "ja" : "nej";

    /// <summary>A percentage with two decimals rounded half away from zero, empty when undefined.</summary>
    public static string? Procent(Brok? v) => Procentformat.Fil(v);

    /// <summary>A stored percentage (a basis from <c>status.csv</c>) with two decimals, empty when absent.</summary>
    public static string? Procent(decimal? v) =>
        v is { } d ? Procentformat.Fil(Brok.Fra(d)) : null;

    /// <summary>An exact decimal without trailing zeros (e.g. hours: <c>112.5</c>, <c>100</c>).</summary>
    public static string Eksakt(decimal v) => v.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Heltal(long v) => v.ToString(CultureInfo.InvariantCulture);
}
