using System.Runtime.InteropServices;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Internals.Raekker;

namespace SkaerpetTilsyn.IO.Internals.Stroem;

/// <summary>All valid rows of one person file in any order, kept compactly with a person number per row, then grouped by a counting sort.</summary>
/// <remarks>For input that is not sorted by person_id: two arrays per file instead of a list per person keeps the heap small and the GC quiet.</remarks>
internal sealed class Filgruppering<TLaeser, TRaekke> : IFilgruppering
    where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
    where TRaekke : struct
{
    private readonly CsvSource _kilde;
    private readonly List<TRaekke> _raekker = [];
    private readonly List<int> _person = [];
    private readonly Dictionary<string, int> _numre = new(StringComparer.Ordinal);
    private readonly List<string> _ider = [];
    private int[] _orden = [];
    private int[] _start = [];

    public Filgruppering(CsvSource kilde) => _kilde = kilde;

    public IReadOnlyList<string> Ider => _ider;

    public void Laes()
    {
        var kilde = _kilde;
        var laeser = TLaeser.Opret(kilde);
        var opslag = _numre.GetAlternateLookup<ReadOnlySpan<char>>();
        string? sidsteId = null;
        int sidste = -1;
        while (laeser.Naeste(kilde, out var raekke))
        {
            var id = kilde.Chars(laeser.PersonKolonne);

            // Rows of one person often follow each other even in unsorted files.
            if (sidsteId is null || !id.SequenceEqual(sidsteId))
            {
                if (!opslag.TryGetValue(id, out sidste))
                {
                    sidste = _ider.Count;
                    sidsteId = id.ToString();
                    _numre.Add(sidsteId, sidste);
                    _ider.Add(sidsteId);
                }
                else
                {
                    sidsteId = _ider[sidste];
                }
            }

            _raekker.Add(raekke);
            _person.Add(sidste);
        }
    }

    /// <summary>Groups the rows by global person number: <paramref name="globalt"/> maps this file's numbers to the global ones.</summary>
    public void Grupper(int[] globalt, int antalPersoner)
    {
        _start = new int[antalPersoner + 1];
        var person = CollectionsMarshal.AsSpan(_person);
        foreach (int p in person)
        {
            _start[globalt[p] + 1]++;
        }

        for (int i = 0; i < antalPersoner; i++)
        {
            _start[i + 1] += _start[i];
        }

        // Stable: a person's rows keep their order in the file.
        _orden = new int[person.Length];
        var naeste = (int[])_start.Clone();
        for (int i = 0; i < person.Length; i++)
        {
            _orden[naeste[globalt[person[i]]]++] = i;
        }
    }

    public void Overfoer(int globalPerson, Persondata person)
    {
        var liste = TLaeser.Liste(person);
        var raekker = CollectionsMarshal.AsSpan(_raekker);
        for (int k = _start[globalPerson]; k < _start[globalPerson + 1]; k++)
        {
            liste.Add(raekker[_orden[k]]);
        }
    }
}
