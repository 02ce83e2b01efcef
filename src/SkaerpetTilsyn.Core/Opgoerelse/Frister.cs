using NodaTime;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>The legal dates of an opgørelse for data year Y (SPEC §5 "Dates").</summary>
/// <remarks>These periods are fixed by the law, not by the rule set, whose keys SPEC §6 fixes.</remarks>
public static class Frister
{
    /// <summary>§ 2 stk. 3: the opgørelse is published 1 April of the year after the data year.</summary>
    public static LocalDate Offentliggoerelse(int aar) => new(aar + 1, 4, 1);

    /// <summary>The default meddelelse date: 30 April of the year after the data year.</summary>
    public static LocalDate StandardMeddelelse(int aar) => new(aar + 1, 4, 30);

    /// <summary>N + 3 months: the same day three months later, or the last day of that month when N is the last day of its month or the day does not exist.</summary>
    public static LocalDate TreMaanederEfter(LocalDate n)
    {
        // PlusMonths already ends on the month's last day when the day does not exist there.
        var senere = n.PlusMonths(3);
        return n == n.With(DateAdjusters.EndOfMonth) ? senere.With(DateAdjusters.EndOfMonth) : senere;
    }

    /// <summary>§ 7: the redegørelse of a selected kommune is due N + 3 months.</summary>
    public static LocalDate RedegoerelseSenest(LocalDate meddelelse) => TreMaanederEfter(meddelelse);

    /// <summary>§ 9: the genopretningsperiode ends P + 9 months − 1 day (31 December Y+1).</summary>
    public static LocalDate GenopretningSlut(int aar) => Offentliggoerelse(aar).PlusMonths(9).PlusDays(-1);

    /// <summary>§ 11: an extension adds 12 months to the period that ended 31 December Y.</summary>
    public static LocalDate ForlaengelseSlut(int aar) => new(aar + 1, 12, 31);

    /// <summary>§ 12 stk. 1 nr. 1: the minimumskrav apply from the first day of the month after N.</summary>
    public static LocalDate MinimumskravFra(LocalDate meddelelse) => meddelelse.ToYearMonth().PlusMonths(1).OnDayOfMonth(1);

    /// <summary>§ 12 stk. 2: the result of the sagsgennemgang is due N + 3 months.</summary>
    public static LocalDate SagsgennemgangSenest(LocalDate meddelelse) => TreMaanederEfter(meddelelse);
}
