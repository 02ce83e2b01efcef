using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The options of <see cref="Skaerpet.Forklar"/>, as those of <c>skaerpet forklar</c>.</summary>
public sealed record Forklaringsvalg : Koerselsvalg
{
    /// <summary>The person's <c>person_id</c> as it stands in the files, or its pseudonym (<c>p_…</c>) with <see cref="Pseudonymer"/>.</summary>
    public required string Person { get; init; }

    /// <summary>The month explained.</summary>
    public required YearMonth Maaned { get; init; }

    /// <summary>The rule set (<c>--regler</c>).</summary>
    public Regelsaet Regler { get; init; } = Regelsaet.Bek301_2023;

    /// <summary>The key that lets <see cref="Person"/> be a pseudonym (<c>--pseudonymiser</c>); null takes only raw ids.</summary>
    public Pseudonymiserer? Pseudonymer { get; init; }
}
