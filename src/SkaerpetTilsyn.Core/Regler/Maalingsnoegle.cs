namespace SkaerpetTilsyn.Core.Regler;

/// <summary>
/// The keys of a rule set that decide a person's monthly measurement (SPEC §3, §4): rule sets with equal keys count the same målgruppe,
/// uden indsats and få samtaler in every month and find the same passive candidates, whatever their thresholds, averaging or active goals.
/// </summary>
/// <remarks>Lists are compared as sets; <c>p91_undtagne_ydelser</c> counts only when <c>p91_udelukket_fra</c> is set, the one case that reads it.</remarks>
public readonly record struct Maalingsnoegle
{
    private Maalingsnoegle(Forloebsnoegle forloeb, Regelsaet r, uint p91Undtagne)
    {
        Forloeb = forloeb;
        MinForloebDage = r.MinForloebDage;
        VindueDage = r.VindueDage;
        MinTimer = r.MinTimer;
        MinSamtaler = r.MinSamtaler;
        FritagelseMaxAndel = r.FritagelseMaxAndel;
        P91UdelukketFra = r.P91UdelukketFra;
        P91UndtagneYdelser = p91Undtagne;
        FoersteJobsamtalePersonligtFra = r.FoersteJobsamtalePersonligtFra;
    }

    public Forloebsnoegle Forloeb { get; }

    public int MinForloebDage { get; }

    public int VindueDage { get; }

    public decimal MinTimer { get; }

    public int MinSamtaler { get; }

    public decimal FritagelseMaxAndel { get; }

    public NodaTime.LocalDate? P91UdelukketFra { get; }

    /// <summary><c>p91_undtagne_ydelser</c> as a bit per ydelse; 0 without a § 91 cut-off.</summary>
    public uint P91UndtagneYdelser { get; }

    public NodaTime.LocalDate? FoersteJobsamtalePersonligtFra { get; }

    public static Maalingsnoegle For(Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(regler);
        uint undtagne = 0;
        if (regler.P91UdelukketFra is not null)
        {
            foreach (var y in regler.P91UndtagneYdelser)
            {
                undtagne |= 1u << (int)y;
            }
        }

        return new(Forloebsnoegle.For(regler), regler, undtagne);
    }
}
