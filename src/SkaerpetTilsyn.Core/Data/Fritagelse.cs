using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>fritagelser.csv</c>, inclusive dates; <see cref="Til"/> is <see cref="Datoer.Aaben"/> when open-ended.</summary>
public readonly record struct Fritagelse(LocalDate Fra, LocalDate Til, FritagelseAarsag Aarsag);
