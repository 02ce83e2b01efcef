using NodaTime;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Arbejdsliste;

/// <summary>One row of <c>prognose.csv</c> (SPEC §12): a kommune's counts in a horizon month if nothing new happens.</summary>
public sealed record Prognoseraekke(int Kommune, YearMonth Maaned, Taelling Taelling);
