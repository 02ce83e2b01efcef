namespace SkaerpetTilsyn.Core.Forloeb;

/// <summary>Why a new forløb started where it did.</summary>
public enum Brudaarsag : byte
{
    /// <summary>The person's first benefit day in the data.</summary>
    Foerste,

    /// <summary>A gap that breaks the forløb (a whole calendar month, or too many days, without benefit or dead days).</summary>
    Pause,

    /// <summary>A ydelsesskift not in <c>fortsaettende_skift</c>.</summary>
    Ydelsesskift,
}
