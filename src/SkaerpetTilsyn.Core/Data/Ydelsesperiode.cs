using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>ydelser.csv</c>: a benefit payment period, inclusive dates; <see cref="Til"/> is <see cref="Datoer.Aaben"/> when open-ended.</summary>
public readonly record struct Ydelsesperiode(LocalDate Fra, LocalDate Til, Ydelse Ydelse, int Kommune);
