using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The options of <see cref="Skaerpet.Valider"/>, as those of <c>skaerpet valider</c> (SPEC §7).</summary>
public sealed record Valideringsvalg : Koerselsvalg
{
    /// <summary>The folder <c>afviste.csv</c> is written to (<c>--ud</c>; it may hold other files); null writes nothing.</summary>
    public string? Ud { get; init; }

    /// <summary>Leaves rejected rows' text out (<c>--pseudonymiser</c>); null keeps it.</summary>
    public Pseudonymiserer? Pseudonymer { get; init; }
}
