namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>A rejected input row: the file name as found, the physical line where it starts, the reason and the raw row text.</summary>
public sealed record Afvisning(string Fil, long Linje, string Aarsag, string Raekke);
