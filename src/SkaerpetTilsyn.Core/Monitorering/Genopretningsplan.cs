using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>How much one fokusmål may fail over the rest of the year for a kommune still to meet it at the next opgørelse (one row of <c>plan.csv</c>).</summary>
/// <param name="Kommune">The kommune code.</param>
/// <param name="Fokusmaal">The fokusmål planned for.</param>
/// <param name="MaaltTil">The last measured month (<c>--til</c>).</param>
/// <param name="MaanederMaalt">Months from January to <paramref name="MaaltTil"/> that count in the annual figure (not udelukket, with a målgruppe).</param>
/// <param name="ResterendeMaaneder">Months after <paramref name="MaaltTil"/> to December that will count (not udelukket).</param>
/// <param name="AarstalHidtil">The annual figure over the measured months, percent; null when none counts.</param>
/// <param name="NuvaerendeAndel">The share in <paramref name="MaaltTil"/>, percent; null without a målgruppe that month.</param>
/// <param name="MaksAndelResten">The average share over the remaining months must stay strictly under this, percent; null when no remaining month can change the figure.</param>
/// <param name="Maalgruppe">The målgruppe in <paramref name="MaaltTil"/>, the size assumed for the remaining months.</param>
/// <param name="PersonerPrMaaned">How many fewer persons per month than in <paramref name="MaaltTil"/> may fail the fokusmål; null when it cannot be met or there is no målgruppe.</param>
/// <param name="KanNaas">Whether the fokusmål can still be met at the opgørelse for this year.</param>
public sealed record Genopretningsplan(
    int Kommune,
    Fokusmaal Fokusmaal,
    YearMonth MaaltTil,
    int MaanederMaalt,
    int ResterendeMaaneder,
    Brok? AarstalHidtil,
    Brok? NuvaerendeAndel,
    Brok? MaksAndelResten,
    int Maalgruppe,
    int? PersonerPrMaaned,
    bool KanNaas)
{
    /// <summary>The § 11 bound for a kommune under skærpet tilsyn (SPEC §11.4); null for every other status.</summary>
    public Forlaengelsesplan? Forlaengelse { get; init; }
}
