using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>One person measured in one month (SPEC §4): where they count, the window and what was found in it.</summary>
public readonly record struct Personmaaling(
    YearMonth Maaned,
    int Kommune,
    Ydelse Ydelse,
    LocalDate ForloebStart,
    int TaelledeDage,
    LocalDate VindueStart,
    int TilbudIVindue,
    decimal TimerIVindue,
    int SamtalerIVindue,
    bool UdenIndsats,
    bool FaaSamtaler);
