namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>What kind of gap breaks a forløb (rule-set key <c>forloeb_brud</c>).</summary>
public enum ForloebBrud : byte
{
    /// <summary>A whole calendar month without benefit status or dead days.</summary>
    HelKalendermaaned,

    /// <summary>A run of more than <c>max_gap_dage</c> days without benefit status or dead days.</summary>
    Dage,
}
