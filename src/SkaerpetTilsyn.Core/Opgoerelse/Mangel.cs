namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>A passive case's own shortfall: no tilbud or hours, too few samtaler, or both.</summary>
public enum Mangel : byte
{
    Tilbud,
    Samtaler,
    Begge,
}
