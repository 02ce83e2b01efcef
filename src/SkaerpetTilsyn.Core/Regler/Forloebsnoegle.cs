using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Regler;

/// <summary>The keys of a rule set that decide a person's forløb (SPEC §3, §10): rule sets with equal keys build the very same forløb.</summary>
/// <remarks>Lists are compared as sets, in any order; <c>max_gap_dage</c> counts only with <c>forloeb_brud = "dage"</c>, the one mode that reads it.</remarks>
public readonly record struct Forloebsnoegle
{
    private Forloebsnoegle(uint doede, ForloebBrud brud, int maxGapDage, ulong skift)
    {
        DoedeAarsager = doede;
        ForloebBrud = brud;
        MaxGapDage = maxGapDage;
        FortsaettendeSkift = skift;
    }

    /// <summary><c>doede_aarsager</c> as a bit per aarsag.</summary>
    public uint DoedeAarsager { get; }

    public ForloebBrud ForloebBrud { get; }

    public int MaxGapDage { get; }

    /// <summary><c>fortsaettende_skift</c> as a bit per (from, to) pair.</summary>
    public ulong FortsaettendeSkift { get; }

    public static Forloebsnoegle For(Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(regler);
        uint doede = 0;
        foreach (var a in regler.DoedeAarsager)
        {
            doede |= 1u << (int)a;
        }

        ulong skift = 0;
        foreach (var (fra, til) in regler.FortsaettendeSkift)
        {
            skift |= 1UL << (((int)fra * 8) + (int)til);
        }

        return new(doede, regler.ForloebBrud, regler.ForloebBrud == ForloebBrud.Dage ? regler.MaxGapDage : 0, skift);
    }
}
