namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>The reconciliation of one input file: its SHA-256 and rows read = used + rejected + duplicates.</summary>
public sealed record Filstatistik(string Navn, string Sha256, long Laest, long Brugt, long Afvist, long Dubletter);
