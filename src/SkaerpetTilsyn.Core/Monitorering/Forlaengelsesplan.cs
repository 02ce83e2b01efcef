using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>What a kommune under skærpet tilsyn must keep for the rest of the year to be extended rather than put under administration (§ 11; SPEC §11.4, the <c>…_forlaengelse</c> columns of <c>plan.csv</c>).</summary>
/// <param name="Graense">The § 11 bound of the fokusmål, percent: (b + t) / 2 when the basis b ≥ t, else t.</param>
/// <param name="Inklusiv">Whether the annual figure may equal <paramref name="Graense"/> (b ≥ t) or must stay below it.</param>
/// <param name="MaksAndelResten">The average share over the remaining months must keep this bound in the same way, percent; null when no remaining month can move the figure (<c>plan.csv</c> leaves it empty, too, when the bound cannot be kept).</param>
/// <param name="PersonerPrMaaned">How many fewer persons per month than in the <c>--til</c> month that takes; null without målgruppe, or when it cannot be kept.</param>
/// <param name="KanForlaenges">Whether the bound can still be kept at the opgørelse for this year.</param>
public sealed record Forlaengelsesplan(Brok Graense, bool Inklusiv, Brok? MaksAndelResten, int? PersonerPrMaaned, bool KanForlaenges);
