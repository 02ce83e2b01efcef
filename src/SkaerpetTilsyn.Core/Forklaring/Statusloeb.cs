using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>A run of days with the same benefit status and kommune (SPEC §3.1), and the number (from 1) of the forløb it belongs to.</summary>
public sealed record Statusloeb(LocalDate Fra, LocalDate Til, Ydelse Ydelse, int Kommune, int Forloeb);
