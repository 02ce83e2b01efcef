using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>§ 12 stk. 1 nr. 1: the monthly minimumskrav of a kommune under administration (SPEC §7 "Outputs of monitor").</summary>
internal static class Minimumskrav
{
    /// <summary>Whether the minimumskrav apply to <paramref name="status"/> in <paramref name="maaned"/>: under administration, from the month after <c>meddelt</c>, or in every month when it is unknown (SPEC §7, §11.3).</summary>
    public static bool Gaelder(Kommunestatus status, YearMonth maaned)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Status == Tilsynsstatus.Administration
            && (status.Meddelt is not { } meddelt || maaned >= Frister.MinimumskravFra(meddelt).ToYearMonth());
    }

    /// <summary>Whether both shares reach their thresholds, compared exactly (exactly 70.00 % meets <c>adm_min_tilbud_pct</c> 70).</summary>
    /// <remarks>[interpretation] A month without målgruppe has nobody to fail the krav, so it meets them, as a year without målgruppe meets the fokusmål.</remarks>
    public static bool Opfyldt(Taelling t, Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(regler);
        if (t.AndelMedTilbud is not { } medTilbud || t.AndelFireSamtaler is not { } medFireSamtaler)
        {
            return true;
        }

        return medTilbud >= Brok.Fra(regler.AdmMinTilbudPct) && medFireSamtaler >= Brok.Fra(regler.AdmMinSamtalerPct);
    }
}
