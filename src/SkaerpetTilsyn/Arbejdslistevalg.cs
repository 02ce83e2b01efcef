using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The options of <see cref="Skaerpet.Arbejdsliste"/>, as those of <c>skaerpet arbejdsliste</c> (SPEC §12).</summary>
public sealed record Arbejdslistevalg : Koerselsvalg
{
    /// <summary>The first horizon month (<c>--fra</c>); the data are used as known on the last day of the month before.</summary>
    public required YearMonth Fra { get; init; }

    /// <summary>The number of horizon months (<c>--horisont</c>, 1–12).</summary>
    public int Horisont { get; init; } = 3;

    /// <summary>The kommuner to output (<c>--kommune</c>); null for all. Every kommune is measured either way.</summary>
    public IReadOnlyCollection<int>? Kommuner { get; init; }

    /// <summary>The rule set (<c>--regler</c>).</summary>
    public Regelsaet Regler { get; init; } = Regelsaet.Bek301_2023;

    /// <summary>Where and how the output folder is published; null publishes nothing.</summary>
    public Udgivelsesvalg? Ud { get; init; }
}
