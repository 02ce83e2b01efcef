using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>§ 12 stk. 1 nr. 1: the monthly minimumskrav of a kommune under administration.</summary>
public static class Minimumskrav
{
    /// <summary>Percent of the month's målgruppe with at least one qualifying tilbud in the window (hours do not count), null without a målgruppe.</summary>
    public static Brok? AndelMedTilbud(Taelling t) => Andel(t.MedTilbud, t.Maalgruppe);

    /// <summary>Percent of the month's målgruppe with at least <c>min_samtaler</c> qualifying samtaler in the window, null without a målgruppe.</summary>
    public static Brok? AndelFireSamtaler(Taelling t) => Andel(t.MedFireSamtaler, t.Maalgruppe);

    /// <summary>Whether both shares reach their thresholds, compared exactly (exactly 70.00 % meets <c>adm_min_tilbud_pct</c> 70).</summary>
    /// <remarks>[interpretation] A month without målgruppe has nobody to fail the krav, so it meets them, as a year without målgruppe meets the fokusmål.</remarks>
    public static bool Opfyldt(Taelling t, Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(regler);
        if (t.Maalgruppe == 0)
        {
            return true;
        }

        return AndelMedTilbud(t)!.Value >= Brok.Fra(regler.AdmMinTilbudPct)
            && AndelFireSamtaler(t)!.Value >= Brok.Fra(regler.AdmMinSamtalerPct);
    }

    private static Brok? Andel(int antal, int maalgruppe) => maalgruppe == 0 ? null : new Brok(antal * 100L, maalgruppe);
}
