using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Filer;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>
/// Rows of one file held for grouping by person: each with its person_id and duplicate key, in memory while the budget allows,
/// else sorted into runs spilled to temporary files (an external merge sort); read back in person_id order (UTF-8 bytes), each
/// person's rows in file order.
/// </summary>
/// <remarks>
/// Rows are added in file order, so a run holds later rows than the runs before it, and merging the runs in run order keeps every
/// person's rows in file order. A record is <c>[id length:1][key length:4][id][key][row]</c>, the same in memory and on disk.
/// </remarks>
internal sealed class Sorteringslager<TRaekke> : IDisposable
    where TRaekke : unmanaged
{
    private const int Blokstoerrelse = 1 << 20;
    private const int Hoved = 1 + sizeof(int);
    private static readonly int s_raekke = Unsafe.SizeOf<TRaekke>();

    private readonly Hukommelsesbudget _budget;
    private readonly Sorteringsmappe _mappe;
    private readonly List<byte[]> _blokke = [];
    private readonly List<string> _koersler = [];
    private Post[] _poster = new Post[1024];
    private int _antal;
    private int _blok = -1;
    private int _brugt;
    private long _reserveret;

    public Sorteringslager(Hukommelsesbudget budget, Sorteringsmappe mappe)
    {
        _budget = budget;
        _mappe = mappe;
        _reserveret = _poster.Length * (long)Unsafe.SizeOf<Post>();
        _budget.Reserver(_reserveret);
    }

    /// <summary>Rows added.</summary>
    public long Antal { get; private set; }

    /// <summary>Runs spilled to temporary files so far; 0 when every row is held in memory.</summary>
    public int Koersler => _koersler.Count;

    public void Tilfoej(ReadOnlySpan<byte> id, ReadOnlySpan<byte> noegle, in TRaekke raekke)
    {
        int laengde = Hoved + id.Length + noegle.Length + s_raekke;
        if (_antal == _poster.Length)
        {
            long mere = _poster.Length * (long)Unsafe.SizeOf<Post>();
            if (_budget.ProevReserver(mere))
            {
                _reserveret += mere;
                Array.Resize(ref _poster, _poster.Length * 2);
            }
            else
            {
                Spild();
            }
        }

        if (_blok < 0 || _brugt + laengde > _blokke[_blok].Length)
        {
            NaesteBlok(laengde);
        }

        var ud = _blokke[_blok].AsSpan(_brugt, laengde);
        Skriv(ud, id, noegle, raekke);
        _poster[_antal++] = new Post(Praefiks(id), _blok, _brugt);
        _brugt += laengde;
        Antal++;
    }

    /// <summary>The rows in person_id order, to be read once after the last <see cref="Tilfoej"/>.</summary>
    public Personlaesning Laes()
    {
        var koersler = new List<Koersel>(_koersler.Count + 1);
        foreach (string fil in _koersler)
        {
            koersler.Add(new Filkoersel(fil));
        }

        Sorter();
        koersler.Add(new Hukommelseskoersel(this));
        return new Personlaesning(koersler);
    }

    public void Dispose()
    {
        _blokke.Clear();
        _poster = [];
        _budget.Frigiv(_reserveret);
        _reserveret = 0;
    }

    private static void Skriv(Span<byte> ud, ReadOnlySpan<byte> id, ReadOnlySpan<byte> noegle, in TRaekke raekke)
    {
        ud[0] = (byte)id.Length;
        BinaryPrimitives.WriteInt32LittleEndian(ud[1..], noegle.Length);
        id.CopyTo(ud[Hoved..]);
        noegle.CopyTo(ud[(Hoved + id.Length)..]);
        MemoryMarshal.Write(ud[(Hoved + id.Length + noegle.Length)..], in raekke);
    }

    /// <summary>The first eight bytes of an id, big-endian, so most comparisons are one integer comparison.</summary>
    private static ulong Praefiks(ReadOnlySpan<byte> id)
    {
        Span<byte> otte = stackalloc byte[8];
        otte.Clear();
        id[..Math.Min(8, id.Length)].CopyTo(otte);
        return BinaryPrimitives.ReadUInt64BigEndian(otte);
    }

    private static ReadOnlySpan<byte> Id(ReadOnlySpan<byte> post) => post.Slice(Hoved, post[0]);

    private static int Laengde(ReadOnlySpan<byte> post) => Hoved + post[0] + BinaryPrimitives.ReadInt32LittleEndian(post[1..]) + s_raekke;

    private void NaesteBlok(int laengde)
    {
        int naeste = _blok + 1;
        if (naeste < _blokke.Count && _blokke[naeste].Length >= laengde)
        {
            _blok = naeste;
            _brugt = 0;
            return;
        }

        // When the budget is spent, the held rows go to a run of their own, which frees every block for reuse.
        int stoerrelse = Math.Max(Blokstoerrelse, laengde);
        if (!_budget.ProevReserver(stoerrelse))
        {
            if (_antal > 0)
            {
                Spild();
                if (_blokke.Count > 0 && _blokke[0].Length >= laengde)
                {
                    _blok = 0;
                    _brugt = 0;
                    return;
                }
            }

            _budget.Reserver(stoerrelse);
        }

        _reserveret += stoerrelse;
        naeste = _blok + 1;
        if (naeste < _blokke.Count)
        {
            // Too small for this record: replaced.
            _budget.Frigiv(_blokke[naeste].Length);
            _reserveret -= _blokke[naeste].Length;
            _blokke[naeste] = new byte[stoerrelse];
        }
        else
        {
            _blokke.Add(new byte[stoerrelse]);
        }

        _blok = naeste;
        _brugt = 0;
    }

    private void Sorter() =>
        _poster.AsSpan(0, _antal).Sort(new Sammenligner(_blokke));

    /// <summary>Sorts the rows held and writes them as one run, then reuses the memory for the rows that follow.</summary>
    private void Spild()
    {
        Sorter();
        string fil = _mappe.NyFil();
        using (var ud = new FileStream(fil, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.SequentialScan))
        {
            foreach (var p in _poster.AsSpan(0, _antal))
            {
                var post = _blokke[p.Blok].AsSpan(p.Start);
                ud.Write(post[..Laengde(post)]);
            }
        }

        _koersler.Add(fil);
        _antal = 0;
        _blok = -1;
        _brugt = 0;
    }

    /// <summary>A record's place in memory and its id's first bytes.</summary>
    private readonly record struct Post(ulong Praefiks, int Blok, int Start);

    /// <summary>By person_id (UTF-8 bytes), then by position, which is file order.</summary>
    private readonly struct Sammenligner(List<byte[]> blokke) : IComparer<Post>
    {
        public int Compare(Post a, Post b)
        {
            int c = a.Praefiks.CompareTo(b.Praefiks);
            if (c != 0)
            {
                return c;
            }

            var x = blokke[a.Blok].AsSpan(a.Start);
            var y = blokke[b.Blok].AsSpan(b.Start);
            if (x[0] > 8 || y[0] > 8)
            {
                c = Id(x).SequenceCompareTo(Id(y));
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Blok != b.Blok ? a.Blok.CompareTo(b.Blok) : a.Start.CompareTo(b.Start);
        }
    }

    /// <summary>One sorted run's records, one at a time.</summary>
    internal abstract class Koersel : IDisposable
    {
        public bool Slut { get; protected set; }

        /// <summary>The current record; valid until <see cref="Naeste"/>.</summary>
        public abstract ReadOnlySpan<byte> Post { get; }

        public ReadOnlySpan<byte> Id => Sorteringslager<TRaekke>.Id(Post);

        public ReadOnlySpan<byte> Noegle
        {
            get
            {
                var post = Post;
                return post.Slice(Hoved + post[0], BinaryPrimitives.ReadInt32LittleEndian(post[1..]));
            }
        }

        public TRaekke Raekke
        {
            get
            {
                var post = Post;
                return MemoryMarshal.Read<TRaekke>(post[(Laengde(post) - s_raekke)..]);
            }
        }

        public abstract void Naeste();

        public virtual void Dispose()
        {
        }
    }

    private sealed class Hukommelseskoersel : Koersel
    {
        private readonly Sorteringslager<TRaekke> _lager;
        private int _i;

        public Hukommelseskoersel(Sorteringslager<TRaekke> lager)
        {
            _lager = lager;
            Slut = lager._antal == 0;
        }

        public override ReadOnlySpan<byte> Post
        {
            get
            {
                var p = _lager._poster[_i];
                return _lager._blokke[p.Blok].AsSpan(p.Start);
            }
        }

        public override void Naeste() => Slut = ++_i >= _lager._antal;
    }

    /// <summary>A spilled run read back through a buffer of its own; the file is deleted with its folder.</summary>
    private sealed class Filkoersel : Koersel
    {
        private readonly FileStream _fil;
        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _slut;
        private int _laengde;

        public Filkoersel(string sti)
        {
            _fil = new FileStream(sti, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            Hent();
        }

        public override ReadOnlySpan<byte> Post => _buffer.AsSpan(_start, _laengde);

        public override void Naeste()
        {
            _start += _laengde;
            Hent();
        }

        public override void Dispose() => _fil.Dispose();

        private void Hent()
        {
            if (!Sikr(Hoved))
            {
                Slut = true;
                return;
            }

            _laengde = Laengde(_buffer.AsSpan(_start));
            if (!Sikr(_laengde))
            {
                throw new InvalidDataException("A spilled sort run ends inside a record.");
            }
        }

        /// <summary>Whether <paramref name="n"/> bytes from the current record on are in the buffer, reading more as needed.</summary>
        private bool Sikr(int n)
        {
            while (_slut - _start < n)
            {
                if (_start > 0)
                {
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _slut - _start);
                    _slut -= _start;
                    _start = 0;
                }

                if (_buffer.Length < n)
                {
                    Array.Resize(ref _buffer, Math.Max(n, _buffer.Length * 2));
                }

                int laest = _fil.Read(_buffer, _slut, _buffer.Length - _slut);
                if (laest == 0)
                {
                    return false;
                }

                _slut += laest;
            }

            return true;
        }
    }

    /// <summary>The merged runs, person by person in person_id order.</summary>
    internal sealed class Personlaesning : IDisposable
    {
        private readonly List<Koersel> _koersler;
        private readonly byte[] _id = new byte[256];
        private int _idLaengde = -1;

        internal Personlaesning(List<Koersel> koersler)
        {
            _koersler = koersler;
            Find();
        }

        public bool Slut => _idLaengde < 0;

        /// <summary>The current person's UTF-8 id.</summary>
        public ReadOnlySpan<byte> Id => _id.AsSpan(0, _idLaengde);

        /// <summary>Adds the current person's rows that are not duplicates (by <paramref name="dubletter"/>) to <paramref name="liste"/> in file order and moves to the next person.</summary>
        public void Overfoer(List<TRaekke> liste, Dubletkontrol dubletter)
        {
            var id = Id;
            foreach (var k in _koersler)
            {
                while (!k.Slut && k.Id.SequenceEqual(id))
                {
                    if (!dubletter.ErDublet(k.Noegle))
                    {
                        liste.Add(k.Raekke);
                    }

                    k.Naeste();
                }
            }

            Find();
        }

        public void Dispose()
        {
            foreach (var k in _koersler)
            {
                k.Dispose();
            }
        }

        private void Find()
        {
            Koersel? mindst = null;
            foreach (var k in _koersler)
            {
                if (!k.Slut && (mindst is null || k.Id.SequenceCompareTo(mindst.Id) < 0))
                {
                    mindst = k;
                }
            }

            if (mindst is null)
            {
                _idLaengde = -1;
                return;
            }

            mindst.Id.CopyTo(_id);
            _idLaengde = mindst.Id.Length;
        }
    }
}
