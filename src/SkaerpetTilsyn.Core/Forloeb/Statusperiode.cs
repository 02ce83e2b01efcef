using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Forloeb;

/// <summary>A run of days with the same benefit status and kommune (SPEC §3.1), as day numbers, and the index of the forløb it belongs to.</summary>
internal readonly record struct Statusperiode(int Fra, int Til, Ydelse Ydelse, int Kommune, int Forloeb);
