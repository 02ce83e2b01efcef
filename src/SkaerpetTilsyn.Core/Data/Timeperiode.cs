using NodaTime;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>timer.csv</c>: ordinary employment hours of a pay period; a row whose <see cref="Til"/> is open never counts.</summary>
public readonly record struct Timeperiode(LocalDate Fra, LocalDate Til, decimal Timer);
