namespace SkaerpetTilsyn.IO.Dubletter;

/// <summary>The set of row keys seen so far, for exact-duplicate detection without an allocation per row.</summary>
/// <remarks>Keys are copied into 1 MiB chunks (a key never spans two) and found by hash chains; <see cref="Ryd"/> keeps the memory for reuse.</remarks>
internal sealed class Raekkesaet
{
    private const int Blokstoerrelse = 1 << 20;

    private readonly List<byte[]> _blokke = [new byte[Blokstoerrelse]];
    private int _blok;
    private int _brugt;
    private int[] _spand = new int[64];
    private Post[] _poster = new Post[64];
    private int _antal;

    /// <summary>Adds <paramref name="noegle"/>; false when it was already there.</summary>
    public bool Tilfoej(ReadOnlySpan<byte> noegle)
    {
        int hash = unchecked((int)Noeglehash.Beregn(noegle));
        for (int i = _spand[hash & (_spand.Length - 1)] - 1; i >= 0; i = _poster[i].Naeste)
        {
            ref Post p = ref _poster[i];
            if (p.Hash == hash && p.Laengde == noegle.Length && _blokke[p.Blok].AsSpan(p.Start, p.Laengde).SequenceEqual(noegle))
            {
                return false;
            }
        }

        if (_antal == _poster.Length)
        {
            Voks();
        }

        if (_brugt + noegle.Length > _blokke[_blok].Length)
        {
            _blok++;
            _brugt = 0;
            if (_blok == _blokke.Count)
            {
                _blokke.Add(new byte[Math.Max(Blokstoerrelse, noegle.Length)]);
            }
            else if (_blokke[_blok].Length < noegle.Length)
            {
                _blokke[_blok] = new byte[noegle.Length];
            }
        }

        noegle.CopyTo(_blokke[_blok].AsSpan(_brugt));
        int spand = hash & (_spand.Length - 1);
        _poster[_antal] = new Post(hash, _blok, _brugt, noegle.Length, _spand[spand] - 1);
        _spand[spand] = ++_antal;
        _brugt += noegle.Length;
        return true;
    }

    public void Ryd()
    {
        if (_antal == 0)
        {
            return;
        }

        Array.Clear(_spand);
        _antal = 0;
        _blok = 0;
        _brugt = 0;
    }

    private void Voks()
    {
        Array.Resize(ref _poster, _poster.Length * 2);
        _spand = new int[_poster.Length];
        for (int i = 0; i < _antal; i++)
        {
            int spand = _poster[i].Hash & (_spand.Length - 1);
            _poster[i].Naeste = _spand[spand] - 1;
            _spand[spand] = i + 1;
        }
    }

    private struct Post(int hash, int blok, int start, int laengde, int naeste)
    {
        public readonly int Hash = hash;
        public readonly int Blok = blok;
        public readonly int Start = start;
        public readonly int Laengde = laengde;
        public int Naeste = naeste;
    }
}
