using NodaTime;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Dokumenter;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The options of <see cref="Skaerpet.Opgoerelse"/>, as those of <c>skaerpet opgoerelse</c> (SPEC §5, §7).</summary>
public sealed record Opgoerelsesvalg : Koerselsvalg
{
    /// <summary>The data year (<c>--aar</c>).</summary>
    public required int Aar { get; init; }

    /// <summary>The rule set (<c>--regler</c>); <c>RegelsaetJson.Hent</c> finds one by name or file.</summary>
    public Regelsaet Regler { get; init; } = Regelsaet.Bek301_2023;

    /// <summary>The meddelelse date the deadlines follow from (<c>--meddelelse</c>); null is 30 April of the year after <see cref="Aar"/>.</summary>
    public LocalDate? Meddelelse { get; init; }

    /// <summary>Writes the CSV tables for Danish Excel (<c>--excel</c>); only with <see cref="Ud"/>, and only CSV.</summary>
    public bool Excel { get; init; }

    /// <summary>Also writes the meddelelser and sagsgennemgange into the output folder (<c>--dokumenter</c>, SPEC §11); only with <see cref="Ud"/>.</summary>
    public Dokumentvalg? Dokumenter { get; init; }

    /// <summary>Where and how the output folder is published (<c>--ud</c>, <c>--format</c>, …); null publishes nothing.</summary>
    public Udgivelsesvalg? Ud { get; init; }
}
