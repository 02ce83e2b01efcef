using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>samtaler.csv</c>: a held samtale.</summary>
public readonly record struct Samtale(LocalDate Dato, SamtaleType Type, SamtaleForm Form);
