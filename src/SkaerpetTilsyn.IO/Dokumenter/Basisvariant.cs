namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>How a fokusmål's basis from the selection stands against its threshold (SPEC §5, §8.9), which decides the wording of the § 11 bound.</summary>
internal enum Basisvariant : byte
{
    /// <summary>b ≥ t: the bound (b + t) / 2, met at or below it.</summary>
    OverGraensen,

    /// <summary>b &lt; t: the bound t, met below it.</summary>
    UnderGraensen,

    /// <summary>No basis recorded: treated as b &lt; t.</summary>
    Tom,
}
