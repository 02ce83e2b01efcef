using NodaTime;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>milepaele.csv</c> (SPEC §11.5): the genopretningsplan's targets for a kommune's rolling 12-month fokusmål at the end of a month (bekendtgørelsen § 7 stk. 2, § 9).</summary>
/// <param name="Kommune">The kommune code.</param>
/// <param name="Maaned">The month whose rolling figures the targets are for.</param>
/// <param name="Fm1Maal">The target for fokusmål 1, percent; null for none.</param>
/// <param name="Fm2Maal">The target for fokusmål 2, percent; null for none.</param>
public sealed record Milepael(int Kommune, YearMonth Maaned, decimal? Fm1Maal, decimal? Fm2Maal)
{
    /// <summary>Whether the rolling figures meet every target of the month: each at most its target, compared exactly, an undefined figure meeting it; null when the row has no target.</summary>
    public bool? Naaet(Brok? fm1, Brok? fm2) =>
        Fm1Maal is null && Fm2Maal is null ? null : Holder(fm1, Fm1Maal) && Holder(fm2, Fm2Maal);

    private static bool Holder(Brok? figur, decimal? maal) => maal is not { } m || figur is not { } f || f <= Brok.Fra(m);
}
