using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>The monthly counts of one cell (kommune, month, ydelse or all): målgruppe and the persons failing each fokusmål (SPEC §4 "Monthly counts").</summary>
/// <param name="Maalgruppe">Persons in the målgruppe.</param>
/// <param name="UdenIndsats">Of them, persons uden indsats (fokusmål 1).</param>
/// <param name="FaaSamtaler">Of them, persons with få samtaler (fokusmål 2).</param>
/// <param name="MedTilbud">Of them, persons with at least one qualifying tilbud in the window (§ 12 stk. 1 nr. 1).</param>
/// <param name="MedFireSamtaler">Of them, persons with at least <c>min_samtaler</c> qualifying samtaler in the window (§ 12 stk. 1 nr. 1).</param>
public readonly record struct Taelling(int Maalgruppe, int UdenIndsats, int FaaSamtaler, int MedTilbud, int MedFireSamtaler)
{
    /// <summary>The persons failing <paramref name="fokusmaal"/>.</summary>
    public int Antal(Fokusmaal fokusmaal) => fokusmaal switch
    {
        Fokusmaal.Fm1 => UdenIndsats,
        Fokusmaal.Fm2 => FaaSamtaler,
        _ => ThrowHelper.UnknownValue<int>(fokusmaal),
    };

    /// <summary>The month's share failing <paramref name="fokusmaal"/>, in percent; null when undefined (no målgruppe).</summary>
    public Brok? Andel(Fokusmaal fokusmaal) => Procent(Antal(fokusmaal));

    /// <summary>SPEC §4: the share uden indsats, in percent; null when undefined (no målgruppe).</summary>
    public Brok? AndelUdenIndsats => Procent(UdenIndsats);

    /// <summary>SPEC §4: the share with få samtaler, in percent; null when undefined (no målgruppe).</summary>
    public Brok? AndelFaaSamtaler => Procent(FaaSamtaler);

    /// <summary>§ 12 stk. 1 nr. 1: the share with at least one qualifying tilbud in the window (hours do not count), in percent; null without a målgruppe.</summary>
    public Brok? AndelMedTilbud => Procent(MedTilbud);

    /// <summary>§ 12 stk. 1 nr. 1: the share with at least <c>min_samtaler</c> qualifying samtaler in the window, in percent; null without a målgruppe.</summary>
    public Brok? AndelFireSamtaler => Procent(MedFireSamtaler);

    // SPEC §4: share = count / maalgruppe, undefined when maalgruppe = 0.
    private Brok? Procent(int antal) => Maalgruppe == 0 ? null : new Brok(antal * 100L, Maalgruppe);
}
