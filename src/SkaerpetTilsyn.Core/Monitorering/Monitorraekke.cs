using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>One kommune in one monitored month: rolling fokusmål, resultatmål, risk flag and § 12 minimumskrav (one row of <c>monitor.csv</c>).</summary>
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
    bool? MinimumskravOpfyldt);
