using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>One tilbud, hour period or samtale near the window, and whether it counts (<see cref="Vurdering"/>).</summary>
/// <remarks><see cref="Til"/> equals <see cref="Fra"/> for a samtale; <see cref="P91Ydelse"/> is the ydelse that decided a § 91 tilbud from the cut-off.</remarks>
public sealed record Indsatsforklaring(
    Indsatsart Art,
    LocalDate Fra,
    LocalDate Til,
    string Type,
    string? Form,
    decimal? Timer,
    Indsatsvurdering Vurdering,
    Ydelse? P91Ydelse);
