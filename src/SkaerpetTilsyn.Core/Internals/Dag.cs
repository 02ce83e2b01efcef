using NodaTime;

namespace SkaerpetTilsyn.Core.Internals;

/// <summary>Dates as day numbers (days since 0001-01-01, as <see cref="DateOnly.DayNumber"/>), so the hot path does integer arithmetic.</summary>
internal static class Dag
{
    private static readonly int[] s_foerMaaned = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>The day number of <paramref name="dato"/>, from its year, month and day (NodaTime keeps no public day count).</summary>
    public static int Nr(LocalDate dato)
    {
        int aar = dato.Year;
        int maaned = dato.Month;
        int y = aar - 1;
        int dage = (y * 365) + (y / 4) - (y / 100) + (y / 400) + s_foerMaaned[maaned - 1] + dato.Day - 1;
        return maaned > 2 && ErSkudaar(aar) ? dage + 1 : dage;
    }

    public static LocalDate Dato(int nr) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(nr));

    public static int FoersteDag(YearMonth maaned) => Nr(maaned.OnDayOfMonth(1));

    public static int SidsteDag(YearMonth maaned) => Nr(maaned.OnDayOfMonth(maaned.Calendar.GetDaysInMonth(maaned.Year, maaned.Month)));

    private static bool ErSkudaar(int aar) => (aar % 4 == 0 && aar % 100 != 0) || aar % 400 == 0;
}
