using NodaTime;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Historik;

/// <summary>How one data year of a history is decided (SPEC §10): its rule set, the meddelelse date its deadlines follow from, and whether a kommune can be selected.</summary>
/// <param name="Regler">The rule set the year is measured and decided under.</param>
/// <param name="Meddelelse">The meddelelse date of the year's opgørelse.</param>
/// <param name="Udvaelgelse">False in a year in which no new kommune could be selected: a kommune with status <c>ingen</c> is <c>ikke_omfattet</c> whatever its figures.</param>
public sealed record Planaar(Regelsaet Regler, LocalDate Meddelelse, bool Udvaelgelse)
{
    /// <summary>The defaults of a plan entry that names only its rule set: meddelelse 30 April of the year after, selection possible.</summary>
    public static Planaar Standard(Regelsaet regler, int aar) => new(regler, Frister.StandardMeddelelse(aar), true);
}
