using NodaTime;

namespace SkaerpetTilsyn.Core.Tid;

/// <summary>Dates as day numbers (days since 0001-01-01, as <see cref="DateOnly.DayNumber"/>), so the hot path does integer arithmetic.</summary>
internal static class Dag
{
    public static int Nr(LocalDate dato) => dato.ToDateOnly().DayNumber;

    public static LocalDate Dato(int nr) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(nr));

    public static int FoersteDag(YearMonth maaned) => Nr(maaned.OnDayOfMonth(1));

    public static int SidsteDag(YearMonth maaned) => Nr(maaned.ToDateInterval().End);
}
