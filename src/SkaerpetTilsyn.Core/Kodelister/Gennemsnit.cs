namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>How monthly figures become the annual figure (rule-set key <c>gennemsnit</c>).</summary>
public enum Gennemsnit : byte
{
    /// <summary>Plain mean of the monthly shares.</summary>
    Maanedsandele,

    /// <summary>Pooled: Σ count / Σ målgruppe.</summary>
    Samlet,
}
