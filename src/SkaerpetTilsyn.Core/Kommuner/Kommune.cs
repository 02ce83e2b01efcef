namespace SkaerpetTilsyn.Core.Kommuner;

/// <summary>One of the 98 kommuner: official 3-digit code and name.</summary>
public sealed record Kommune(int Kode, string Navn);
