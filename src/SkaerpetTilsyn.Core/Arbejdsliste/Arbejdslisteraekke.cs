using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Arbejdsliste;

/// <summary>One row of <c>arbejdsliste.csv</c> (SPEC §12): a person who will count against a fokusmål in a horizon month if nothing new happens.</summary>
/// <param name="Kommune">The kommune whose målgruppe the person is in.</param>
/// <param name="PersonId">The person_id as written, or its pseudonym.</param>
/// <param name="Ydelse">The ydelse in the first listed month.</param>
/// <param name="ForloebStart">The start of the forløb measured in the first listed month.</param>
/// <param name="FoersteMaanedUdenIndsats">The first horizon month the person is uden indsats; null when it does not happen.</param>
/// <param name="TimerMangler">In that month, <c>min_timer</c> minus the hours in the window (exact).</param>
/// <param name="FoersteMaanedFaaSamtaler">The first horizon month the person has få samtaler; null when it does not happen.</param>
/// <param name="SamtalerMangler">In that month, <c>min_samtaler</c> minus the qualifying samtaler in the window.</param>
public sealed record Arbejdslisteraekke(
    int Kommune,
    string PersonId,
    Ydelse Ydelse,
    LocalDate ForloebStart,
    YearMonth? FoersteMaanedUdenIndsats,
    decimal? TimerMangler,
    YearMonth? FoersteMaanedFaaSamtaler,
    int? SamtalerMangler)
{
    /// <summary>The earlier of the two first months: when the person first needs something.</summary>
    public YearMonth FoersteMaaned =>
        FoersteMaanedUdenIndsats is { } u && FoersteMaanedFaaSamtaler is { } f ? (u < f ? u : f) : (FoersteMaanedUdenIndsats ?? FoersteMaanedFaaSamtaler!.Value);

    /// <summary>SPEC §12: sorted by kommune, the earlier of the two months, then person_id as written (ordinal).</summary>
    public static IReadOnlyList<Arbejdslisteraekke> Sorter(IEnumerable<Arbejdslisteraekke> raekker) =>
        [.. raekker.OrderBy(r => r.Kommune).ThenBy(r => r.FoersteMaaned).ThenBy(r => r.PersonId, StringComparer.Ordinal)];
}
