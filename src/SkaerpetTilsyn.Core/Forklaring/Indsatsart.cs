namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>The kind of an <see cref="Indsatsforklaring"/>.</summary>
public enum Indsatsart : byte
{
    Tilbud,
    Timer,
    Samtale,
}
