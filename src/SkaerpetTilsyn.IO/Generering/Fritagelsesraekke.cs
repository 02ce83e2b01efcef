using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>One generated <c>fritagelser.csv</c> row.</summary>
internal readonly record struct Fritagelsesraekke(int Fra, int Til, FritagelseAarsag Aarsag) : IComparable<Fritagelsesraekke>
{
    public int CompareTo(Fritagelsesraekke other)
    {
        int c = Fra.CompareTo(other.Fra);
        return c != 0 ? c : Til.CompareTo(other.Til);
    }
}
