using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>One generated <c>ydelser.csv</c> row; dates are day numbers, <see cref="Aaben"/> for an empty <c>til</c>.</summary>
internal readonly record struct Ydelsesraekke(int Fra, int Til, int Kommune, Ydelse Ydelse) : IComparable<Ydelsesraekke>
{
    public const int Aaben = int.MaxValue;

    public int CompareTo(Ydelsesraekke other)
    {
        int c = Fra.CompareTo(other.Fra);
        return c != 0 ? c : Til.CompareTo(other.Til);
    }
}
