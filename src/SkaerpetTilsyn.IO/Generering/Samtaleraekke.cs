using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>One generated <c>samtaler.csv</c> row.</summary>
internal readonly record struct Samtaleraekke(int Dato, SamtaleType Type, SamtaleForm Form) : IComparable<Samtaleraekke>
{
    public int CompareTo(Samtaleraekke other) => Dato.CompareTo(other.Dato);
}
