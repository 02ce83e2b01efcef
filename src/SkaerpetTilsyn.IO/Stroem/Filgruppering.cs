using System.Runtime.InteropServices;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>All valid rows of one person file in any order, kept compactly with a person number per row, grouped per person by a counting sort.</summary>
/// <remarks>
/// Two arrays per file instead of a list per person keep the heap small. Duplicates (SPEC §8.2) are found exactly
/// without a set of every key in the file: rows keep only a 64-bit hash of their key; within a person, rows with
/// equal hashes are candidates (equal keys always hash alike, so no candidate means no duplicate), and only when a
/// file has candidates is it read once more to compare their keys byte for byte.
/// </remarks>
internal sealed class Filgruppering<TLaeser, TRaekke> : IFilgruppering
    where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
    where TRaekke : struct
{
    private const int Proeve = 1024;

    private readonly TLaeser _laeser;
    private readonly RecordSource _kilde;
    private readonly Raekkekontrol _kontrol;
    private readonly Dubletkontrol _dubletter;
    private readonly Indlaesningsvalg _valg;
    private readonly List<TRaekke> _raekker = [];
    private readonly List<int> _person = [];
    private readonly List<ulong> _hash = [];
    private readonly Dictionary<string, int> _numre = new(StringComparer.Ordinal);
    private readonly List<string> _ider = [];
    private int[] _orden = [];
    private int[] _start = [];
    private bool[] _dublet = [];
    private int[] _lokal = [];

    /// <summary>Reads <paramref name="kilde"/> through <paramref name="kontrol"/>, whose duplicate check is <paramref name="dubletter"/> in <see cref="Dubletkontrol.Udskudt"/> mode.</summary>
    public Filgruppering(TLaeser laeser, RecordSource kilde, Raekkekontrol kontrol, Dubletkontrol dubletter, Indlaesningsvalg valg)
    {
        _laeser = laeser;
        _kilde = kilde;
        _kontrol = kontrol;
        _dubletter = dubletter;
        _valg = valg;
    }

    public IReadOnlyList<string> Ider => _ider;

    public void Laes()
    {
        var opslag = _numre.GetAlternateLookup<ReadOnlySpan<char>>();
        string? sidsteId = null;
        int sidste = -1;
        while (_laeser.Naeste(_kontrol, out var raekke))
        {
            var id = _kontrol.Tegn(_laeser.PersonKolonne);

            // Rows of one person often follow each other even in unsorted files.
            if (sidsteId is null || !id.SequenceEqual(sidsteId))
            {
                if (!opslag.TryGetValue(id, out sidste))
                {
                    sidste = _ider.Count;
                    string ny = id.ToString();
                    _numre.Add(ny, sidste);
                    _ider.Add(ny);
                }

                sidsteId = _ider[sidste];
            }

            _raekker.Add(raekke);
            _person.Add(sidste);
            _hash.Add(_dubletter.Hash);
            if (_raekker.Count == Proeve)
            {
                Forudsig();
            }
        }

        GrupperLokalt();
        _dubletter.FlytTilDubletter(FjernDubletter());

        // The hashes have done their work; a national file's take hundreds of megabytes.
        _hash.Clear();
        _hash.TrimExcess();
    }

    /// <summary>Sizes the lists for the whole input from the source's estimate after the first rows, so they never grow by doubling and copying.</summary>
    private void Forudsig()
    {
        if (_kilde.EstimateTotal(_raekker.Count) is not long skoen)
        {
            return;
        }

        // An estimate only: never below what is already held, never past what an array can take.
        int raekker = (int)Math.Clamp(skoen + (skoen / 10), _raekker.Count, Array.MaxLength);
        _raekker.Capacity = raekker;
        _person.Capacity = raekker;
        _hash.Capacity = raekker;
    }

    public void Grupper(int[] globalt, int antalPersoner)
    {
        _lokal = new int[antalPersoner];
        Array.Fill(_lokal, -1);
        for (int j = 0; j < globalt.Length; j++)
        {
            _lokal[globalt[j]] = j;
        }
    }

    public void Overfoer(int globalPerson, Persondata person)
    {
        int lokal = _lokal[globalPerson];
        if (lokal < 0)
        {
            return;
        }

        var liste = TLaeser.Liste(person);
        var raekker = CollectionsMarshal.AsSpan(_raekker);
        for (int k = _start[lokal]; k < _start[lokal + 1]; k++)
        {
            int i = _orden[k];
            if (!_dublet[i])
            {
                liste.Add(raekker[i]);
            }
        }
    }

    /// <summary>A stable counting sort by this file's person numbers: a person's rows keep their order in the file.</summary>
    private void GrupperLokalt()
    {
        var person = CollectionsMarshal.AsSpan(_person);
        _start = new int[_ider.Count + 1];
        foreach (int p in person)
        {
            _start[p + 1]++;
        }

        for (int i = 0; i < _ider.Count; i++)
        {
            _start[i + 1] += _start[i];
        }

        _orden = new int[person.Length];
        var naeste = (int[])_start.Clone();
        for (int i = 0; i < person.Length; i++)
        {
            _orden[naeste[person[i]]++] = i;
        }

        _dublet = new bool[person.Length];
    }

    /// <summary>Marks every later row whose key equals an earlier row's key of the same person; returns how many.</summary>
    private long FjernDubletter()
    {
        var hash = CollectionsMarshal.AsSpan(_hash);
        var kandidater = new HashSet<int>();
        ulong[] sorteret = new ulong[64];
        for (int p = 0; p < _ider.Count; p++)
        {
            int n = _start[p + 1] - _start[p];
            if (n < 2)
            {
                continue;
            }

            // Sorting the person's hashes finds equal ones in n log n; the pairs are only looked for when there are any.
            if (sorteret.Length < n)
            {
                sorteret = new ulong[n * 2];
            }

            var s = sorteret.AsSpan(0, n);
            for (int k = 0; k < n; k++)
            {
                s[k] = hash[_orden[_start[p] + k]];
            }

            s.Sort();
            bool ens = false;
            for (int k = 1; k < n && !ens; k++)
            {
                ens = s[k] == s[k - 1];
            }

            for (int a = _start[p]; ens && a < _start[p + 1]; a++)
            {
                for (int b = a + 1; b < _start[p + 1]; b++)
                {
                    if (hash[_orden[a]] == hash[_orden[b]])
                    {
                        kandidater.Add(_orden[a]);
                        kandidater.Add(_orden[b]);
                    }
                }
            }
        }

        if (kandidater.Count == 0)
        {
            return 0;
        }

        var noegler = KandidatNoegler(kandidater);
        long antal = 0;
        for (int p = 0; p < _ider.Count; p++)
        {
            for (int b = _start[p] + 1; b < _start[p + 1]; b++)
            {
                int j = _orden[b];
                if (!kandidater.Contains(j))
                {
                    continue;
                }

                for (int a = _start[p]; a < b; a++)
                {
                    int i = _orden[a];
                    if (!_dublet[i] && hash[i] == hash[j] && noegler[i].AsSpan().SequenceEqual(noegler[j]))
                    {
                        _dublet[j] = true;
                        antal++;
                        break;
                    }
                }
            }
        }

        return antal;
    }

    /// <summary>Reads the input again to get the keys of the candidate rows; the same checks give the same valid rows in the same order.</summary>
    private Dictionary<int, byte[]> KandidatNoegler(HashSet<int> kandidater)
    {
        var noegler = new Dictionary<int, byte[]>(kandidater.Count);
        using var kilde = _kilde.OpenAgain();
        var dubletter = Dubletkontrol.Udskudt();
        var kontrol = new Raekkekontrol(kilde, _valg with { Strict = false }, [], dubletter);
        for (int i = 0; _laeser.Naeste(kontrol, out _); i++)
        {
            if (kandidater.Contains(i))
            {
                noegler[i] = dubletter.Noegle(kilde).ToArray();
            }
        }

        return noegler;
    }
}
