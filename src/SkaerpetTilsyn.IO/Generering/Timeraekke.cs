namespace SkaerpetTilsyn.IO.Generering;

/// <summary>One generated <c>timer.csv</c> row: a monthly pay period and its hours in hundredths.</summary>
internal readonly record struct Timeraekke(int Fra, int Til, int Hundrededele) : IComparable<Timeraekke>
{
    public int CompareTo(Timeraekke other) => Fra.CompareTo(other.Fra);
}
