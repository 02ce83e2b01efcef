using System.Globalization;
using NodaTime;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>Bekendtgørelsen § 6 stk. 2: the kommuner are told of the opgørelse "inden udgangen af april" in the year after the data year.</summary>
public static class Meddelelsesfrist
{
    /// <summary>The warning for a meddelelse outside 1–30 April of the year after <paramref name="aar"/> (SPEC §9.3), or null when it is inside.</summary>
    /// <remarks>A warning and not an error: a late meddelelse is a fact to record, and its deadlines still follow from it.</remarks>
    public static string? Advarsel(int aar, LocalDate meddelelse) =>
        meddelelse.Year == aar + 1 && meddelelse.Month == 4
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Meddelelsen {meddelelse:yyyy-MM-dd} ligger uden for april {aar + 1}, men bekendtgørelsen § 6 stk. 2 kræver meddelelse inden udgangen af april.");
}
