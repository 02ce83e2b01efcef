namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>The intermediate values of one person's measurement in one month, as day numbers (SPEC §4), so an explanation shows exactly what the count used.</summary>
/// <remarks><see cref="Periode"/> is -1 when the month has no benefit day; the other fields are then unset.</remarks>
internal readonly record struct Maaletrin(int D, int Periode, int Start, int Taellede, int Fritaget, int W);
