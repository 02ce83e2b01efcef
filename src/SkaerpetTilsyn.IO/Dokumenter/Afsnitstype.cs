namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>How a paragraph of a letter is set.</summary>
internal enum Afsnitstype : byte
{
    Broedtekst,
    Titel,
    Overskrift,
}
