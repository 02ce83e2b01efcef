using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>One passive case of a kommune under administration (§ 12 stk. 1 nr. 2, SPEC §8.12).</summary>
public sealed record Passivsag(
    int Kommune,
    string PersonId,
    Ydelse Ydelse,
    LocalDate ForloebStart,
    int TaelledeDage,
    int TilbudIVindue,
    decimal TimerIVindue,
    int SamtalerIVindue,
    Mangel Mangler);
