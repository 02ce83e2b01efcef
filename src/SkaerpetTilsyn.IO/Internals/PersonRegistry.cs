using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Internals;

/// <summary>One <see cref="Persondata"/> per person id across all input files, found by the id's characters so a known person costs no string.</summary>
internal sealed class PersonRegistry
{
    private readonly Dictionary<string, Persondata> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Persondata>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PersonRegistry() => _lookup = _persons.GetAlternateLookup<ReadOnlySpan<char>>();

    public Persondata Find(ReadOnlySpan<char> personId)
    {
        if (!_lookup.TryGetValue(personId, out Persondata? person))
        {
            person = new Persondata();
            person.Nulstil(personId.ToString());
            _persons.Add(person.PersonId, person);
        }

        return person;
    }

    /// <summary>The persons sorted by person id (ordinal).</summary>
    public List<Persondata> Sorted()
    {
        List<Persondata> sorted = [.. _persons.Values];
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.PersonId, b.PersonId));
        return sorted;
    }
}
