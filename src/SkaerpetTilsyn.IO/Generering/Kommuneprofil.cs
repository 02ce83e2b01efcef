namespace SkaerpetTilsyn.IO.Generering;

/// <summary>A kommune as the generator sees it: code, population weight and effort level.</summary>
/// <remarks><see cref="IndsatsPrMaaned"/> is the monthly chance of a new indsats such that twelve months give <see cref="Indsatsniveau.IndsatsPrAar"/>.</remarks>
internal sealed record Kommuneprofil(int Kode, int Vaegt, Indsatsniveau Niveau, double IndsatsPrMaaned);
