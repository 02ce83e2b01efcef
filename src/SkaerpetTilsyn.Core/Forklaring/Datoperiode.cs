using NodaTime;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>An inclusive run of dates.</summary>
public readonly record struct Datoperiode(LocalDate Fra, LocalDate Til)
{
    public int Dage => Period.DaysBetween(Fra, Til) + 1;
}
