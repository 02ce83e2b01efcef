using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>One generated <c>tilbud.csv</c> row.</summary>
internal readonly record struct Tilbudsraekke(int Fra, int Til, TilbudType Type) : IComparable<Tilbudsraekke>
{
    public int CompareTo(Tilbudsraekke other)
    {
        int c = Fra.CompareTo(other.Fra);
        return c != 0 ? c : Til.CompareTo(other.Til);
    }
}
