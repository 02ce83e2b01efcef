using NodaTime;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Everything a monitoring run produces, ready to be written: rows sorted by kommune, then month; plans by kommune, then fokusmål.</summary>
public sealed record Monitorresultat(YearMonth Til, Regelsaet Regler, IReadOnlyList<Monitorraekke> Raekker, IReadOnlyList<Genopretningsplan> Planer)
{
    /// <summary>The rows of the last monitored month, the one a scheduled job reports on.</summary>
    public IEnumerable<Monitorraekke> SidsteMaaned => Raekker.Where(r => r.Maaned == Til);

    /// <summary>The kommuner behind their genopretningsplan (SPEC §11.5): per kommune the row of its latest month with a milestone, when that one is missed.</summary>
    /// <remarks>A missed milestone followed by a met one is caught up; one followed by months without a milestone is still missed.</remarks>
    public IEnumerable<Monitorraekke> BagMilepaele => Raekker
        .Where(r => r.MilepaelNaaet is not null)
        .GroupBy(r => r.Kommune)
        .Select(g => g.Last())
        .Where(r => r.MilepaelNaaet == false);
}
