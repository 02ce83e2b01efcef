using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>One <see cref="Persondata"/> per person id across all input files, found by the id's characters so a known person costs no string.</summary>
internal sealed class Personregister
{
    private readonly Dictionary<string, Persondata> _personer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Persondata>.AlternateLookup<ReadOnlySpan<char>> _opslag;

    public Personregister() => _opslag = _personer.GetAlternateLookup<ReadOnlySpan<char>>();

    public Persondata Person(ReadOnlySpan<char> personId)
    {
        if (!_opslag.TryGetValue(personId, out Persondata? person))
        {
            person = new Persondata();
            person.Nulstil(personId.ToString());
            _personer.Add(person.PersonId, person);
        }

        return person;
    }

    /// <summary>The persons sorted by person id (ordinal).</summary>
    public List<Persondata> Sorteret()
    {
        List<Persondata> sorteret = [.. _personer.Values];
        sorteret.Sort(static (a, b) => string.CompareOrdinal(a.PersonId, b.PersonId));
        return sorteret;
    }
}
