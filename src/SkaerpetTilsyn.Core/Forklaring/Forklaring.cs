using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>Why one person is or is not counted in one month, step by step as SPEC §3–§4 decide it.</summary>
/// <remarks>
/// Built by <see cref="Forklarer"/> from the same code that counts the opgørelse, so <see cref="Maaling"/> is exactly what the person
/// contributed to the monthly counts. The forløb fields are null when the month has no benefit day; <see cref="VindueStart"/> is shown
/// even when the person is not in the målgruppe, as the window the month would have used; <see cref="Indsatser"/> is empty without a forløb.
/// </remarks>
public sealed record Forklaring
{
    public required string PersonId { get; init; }

    public required YearMonth Maaned { get; init; }

    /// <summary>D, the last day of the month.</summary>
    public required LocalDate Maaledag { get; init; }

    public required string Regelsaet { get; init; }

    /// <summary>C when the month is explained on the data as known on that day (SPEC §12, <c>--som-kendt-til</c>); null on all the data.</summary>
    public LocalDate? SomKendtTil { get; init; }

    /// <summary>The person's benefit rows that start on or before D (later rows are not looked at, SPEC §3.5).</summary>
    public required IReadOnlyList<Ydelsesperiode> Ydelsesraekker { get; init; }

    public required IReadOnlyList<Statusloeb> Statusloeb { get; init; }

    public required IReadOnlyList<Overgang> Overgange { get; init; }

    public required IReadOnlyList<Forloebsforklaring> Forloeb { get; init; }

    /// <summary>Dead days (SPEC §3.2) up to D.</summary>
    public required IReadOnlyList<Datoperiode> DoedePerioder { get; init; }

    /// <summary>Days fritaget for a reason that is not dead, and not themselves dead, up to D.</summary>
    public required IReadOnlyList<Datoperiode> FritagedePerioder { get; init; }

    public required Maalestatus Status { get; init; }

    /// <summary>b, the last day of the month with benefit status.</summary>
    public LocalDate? SidsteYdelsesdag { get; init; }

    /// <summary>The kommune on b: where the person counts.</summary>
    public int? Kommune { get; init; }

    /// <summary>The ydelse on b: the person's ydelse in the month.</summary>
    public Ydelse? Ydelse { get; init; }

    /// <summary>The number (from 1) of the forløb b belongs to, in <see cref="Forloeb"/>.</summary>
    public int? ForloebNr { get; init; }

    public LocalDate? ForloebStart { get; init; }

    /// <summary>Days from the forløb's start to D minus dead days (the anciennitet, SPEC §3.4).</summary>
    public int TaelledeDage { get; init; }

    /// <summary>Dead days from the forløb's start to D.</summary>
    public int DoedeDage { get; init; }

    /// <summary>The numerator of the fritagelse share: non-dead fritagelse days that are not dead days, from the forløb's start to D.</summary>
    public int FritagedeDage { get; init; }

    /// <summary>W, the first day of the window span [W, D].</summary>
    public LocalDate? VindueStart { get; init; }

    /// <summary>Every tilbud, hour period and samtale near the window, with whether it counts and why not.</summary>
    public required IReadOnlyList<Indsatsforklaring> Indsatser { get; init; }

    /// <summary>What the person contributed to the opgørelse's counts; null when not in the målgruppe.</summary>
    public Personmaaling? Maaling { get; init; }
}
