using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>The change from one status run to the next: the first day of the new run, the gap before it in days, and what it did to the forløb.</summary>
public sealed record Overgang(LocalDate Dato, Ydelse FraYdelse, Ydelse TilYdelse, int FraKommune, int TilKommune, int PauseDage, Overgangsudfald Udfald);
