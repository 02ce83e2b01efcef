namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>A kommune's tilsyn status before or after an opgørelse.</summary>
public enum Tilsynsstatus : byte
{
    Ingen,
    Skaerpet,
    Forlaenget,
    Administration,
}
