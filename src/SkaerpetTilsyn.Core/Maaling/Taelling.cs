namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>The monthly counts of one cell (kommune, month, ydelse or all): målgruppe and the persons failing each fokusmål.</summary>
public readonly record struct Taelling(int Maalgruppe, int UdenIndsats, int FaaSamtaler, int MedTilbud, int MedFireSamtaler)
{
    public int Antal(Kodelister.Fokusmaal fokusmaal) => fokusmaal == Kodelister.Fokusmaal.Fm1 ? UdenIndsats : FaaSamtaler;
}
