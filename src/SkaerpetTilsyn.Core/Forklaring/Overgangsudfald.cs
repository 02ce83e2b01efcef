namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>What a change between two consecutive status runs did to the forløb (SPEC §3.3).</summary>
public enum Overgangsudfald : byte
{
    /// <summary>The gap held a whole calendar month (or too many days) without benefit or dead days: a new forløb.</summary>
    NytForloebPause,

    /// <summary>A ydelsesskift not in <c>fortsaettende_skift</c>: a new forløb.</summary>
    NytForloebYdelsesskift,

    /// <summary>A ydelsesskift in <c>fortsaettende_skift</c>: the forløb goes on.</summary>
    FortsaettendeSkift,

    /// <summary>A gap too short to break the forløb, with the same ydelse after it.</summary>
    PauseUdenBrud,

    /// <summary>Only the kommune changed; the forløb goes on.</summary>
    Kommuneskift,
}
