using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>One kommune in one monitored month: rolling fokusmål, resultatmål, risk flag, § 12 minimumskrav and milestone (one row of <c>monitor.csv</c>).</summary>
public sealed record Monitorraekke(
    int Kommune,
    string Navn,
    YearMonth Maaned,
    Brok? Fm1,
    Brok? Fm2,
    bool Fm1Opfyldt,
    bool Fm2Opfyldt,
    bool? ResultatmaalOpfyldt,
    Tilsynsstatus Status,
    bool Risiko,
    Brok? AndelMedTilbud,
    Brok? AndelFireSamtaler,
    bool? MinimumskravOpfyldt)
{
    /// <summary>The genopretningsplan's milestone for this month (SPEC §11.5); null when it has none.</summary>
    public Milepael? Milepael { get; init; }

    /// <summary>Whether the rolling figures meet every target of <see cref="Milepael"/>; null without a target.</summary>
    public bool? MilepaelNaaet => Milepael?.Naaet(Fm1, Fm2);
}
