using NodaTime;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Everything a monitoring run produces, ready to be written: rows sorted by kommune, then month; plans by kommune, then fokusmål.</summary>
public sealed record Monitorresultat(YearMonth Til, Regelsaet Regler, IReadOnlyList<Monitorraekke> Raekker, IReadOnlyList<Genopretningsplan> Planer)
{
    /// <summary>The rows of the last monitored month, the one a scheduled job reports on.</summary>
    public IEnumerable<Monitorraekke> SidsteMaaned => Raekker.Where(r => r.Maaned == Til);
}
