using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>tilbud.csv</c>, inclusive dates; <see cref="Til"/> is <see cref="Datoer.Aaben"/> when open-ended.</summary>
public readonly record struct Tilbud(LocalDate Fra, LocalDate Til, TilbudType Type);
