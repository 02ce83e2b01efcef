using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The options of <see cref="Skaerpet.Diff"/>, as those of <c>skaerpet diff</c> (SPEC §7).</summary>
public sealed record Diffvalg : Koerselsvalg
{
    /// <summary>The data year (<c>--aar</c>).</summary>
    public required int Aar { get; init; }

    /// <summary>Rule set A (<c>--regler</c>).</summary>
    public required Regelsaet Regler { get; init; }

    /// <summary>Rule set B, which A is compared with (<c>--mod</c>).</summary>
    public required Regelsaet Mod { get; init; }

    /// <summary>Where and how the output folder is published; null publishes nothing.</summary>
    public Udgivelsesvalg? Ud { get; init; }
}
