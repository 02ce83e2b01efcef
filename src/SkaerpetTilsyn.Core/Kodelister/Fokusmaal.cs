namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The two fokusmål of bekendtgørelsens § 5.</summary>
public enum Fokusmaal : byte
{
    /// <summary>§ 5 nr. 1: share uden indsats (neither tilbud nor enough hours).</summary>
    Fm1,

    /// <summary>§ 5 nr. 2: share with få samtaler.</summary>
    Fm2,
}
