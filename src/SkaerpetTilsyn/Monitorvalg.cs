using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The options of <see cref="Skaerpet.Monitor"/>, as those of <c>skaerpet monitor</c> (SPEC §7).</summary>
public sealed record Monitorvalg : Koerselsvalg
{
    /// <summary>The last month monitored (<c>--til</c>); every month from January of its year is measured.</summary>
    public required YearMonth Til { get; init; }

    /// <summary>The rule set (<c>--regler</c>).</summary>
    public Regelsaet Regler { get; init; } = Regelsaet.Bek301_2023;

    /// <summary>Where and how the output folder is published; null publishes nothing.</summary>
    public Udgivelsesvalg? Ud { get; init; }
}
