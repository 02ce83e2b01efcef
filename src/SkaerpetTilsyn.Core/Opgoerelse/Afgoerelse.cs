using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>One kommune's result of an annual opgørelse: figures, decision, status after and deadlines (one row of <c>afgoerelser.csv</c>).</summary>
public sealed record Afgoerelse(
    int Kommune,
    string Navn,
    Benchmarkraekke Benchmark,
    bool ResultatmaalOpfyldt,
    Brok? Fm1,
    Brok? Fm2,
    bool Fm1Opfyldt,
    bool Fm2Opfyldt,
    Kommunestatus StatusFoer,
    Afgoerelsestype Type,
    Kommunestatus StatusEfter,
    string Hjemmel,
    LocalDate? Meddelelse,
    LocalDate? RedegoerelseSenest,
    LocalDate? GenopretningSlut,
    LocalDate? MinimumskravFra,
    LocalDate? SagsgennemgangSenest);
