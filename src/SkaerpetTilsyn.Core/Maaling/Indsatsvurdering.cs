namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Whether one tilbud, hour period or samtale counts in a person's window [W, D], or the rule of SPEC §4 that keeps it out.</summary>
public enum Indsatsvurdering : byte
{
    /// <summary>Counts in the window.</summary>
    Taeller,

    /// <summary>Ends (or, for a samtale or hour period, is dated) before the window start W.</summary>
    FoerVindue,

    /// <summary>Starts (or is dated) after the measurement day D.</summary>
    EfterVindue,

    /// <summary>An hour period without <c>til</c>: it never counts (SPEC §8.2).</summary>
    AabenTil,

    /// <summary>An <c>oevrig_vejledning</c> (LAB § 91) tilbud from <c>p91_udelukket_fra</c> for a ydelse not in <c>p91_undtagne_ydelser</c>.</summary>
    P91Udelukket,

    /// <summary>The forløb's first jobsamtale, from <c>foerste_jobsamtale_personligt_fra</c>, not held in person.</summary>
    FoersteJobsamtaleIkkePersonligt,
}
