using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Arbejdsliste;

/// <summary>What <c>skaerpet arbejdsliste</c> found (SPEC §12): the horizon, the worklist and the forecast.</summary>
/// <param name="Horisont">The horizon months, from <c>--fra</c>.</param>
/// <param name="KendtTil">C: the last day whose rows were used.</param>
/// <param name="Regler">The rule set measured by.</param>
/// <param name="Kommuner">The kommuner of <c>--kommune</c>; null for all.</param>
/// <param name="Raekker">The worklist, sorted as <see cref="Arbejdslisteraekke.Sorter"/>.</param>
/// <param name="Prognose">The forecast, sorted by kommune and month.</param>
public sealed record Arbejdslisteresultat(
    Maaleperiode Horisont,
    LocalDate KendtTil,
    Regelsaet Regler,
    IReadOnlyList<int>? Kommuner,
    IReadOnlyList<Arbejdslisteraekke> Raekker,
    IReadOnlyList<Prognoseraekke> Prognose);
