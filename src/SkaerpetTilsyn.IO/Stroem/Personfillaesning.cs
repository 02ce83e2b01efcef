using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Filer;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>
/// One person file read in any row order with flat memory, decided for this file alone (issue 16): a first pass over its records
/// hashes the file and finds the rows out of person_id order; then the file streams in place, those rows merged in by person.
/// </summary>
/// <remarks>
/// The first pass frames every record with the same reader as the stream, so record numbers agree, and looks only at the trimmed
/// person_id, except for a record out of place, which it checks in full and sets aside with its key (<see cref="Sorteringslager{TRaekke}"/>).
/// A record is out of place when its id sorts before the largest id seen before it in place. When more than one in
/// <see cref="TilsideAndel"/> of the records read are out of place (past the first <see cref="MindsteRaekker"/>), the file is taken to be
/// in no order: the first pass stops, and every row is checked and grouped by person instead — the stream then has nothing in place.
/// </remarks>
internal sealed class Personfillaesning<TLaeser, TRaekke> : IPersonfillaesning
    where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
    where TRaekke : unmanaged
{
    /// <summary>Records read before a file may be found to be in no order: a small file is cheap to read either way.</summary>
    public const long MindsteRaekker = 4096;

    /// <summary>A file with more than one in this many records out of place is grouped instead of streamed.</summary>
    public const long TilsideAndel = 8;

    private readonly Indlaesning _indlaesning;
    private readonly string _sti;
    private readonly Hukommelsesbudget _budget;
    private readonly Sorteringsmappe _mappe;
    private readonly List<Afvisning> _afviste = [];
    private readonly List<Afvisning> _tilsideAfviste = [];
    private readonly Dubletkontrol _dubletter = Dubletkontrol.PerPerson();
    private Sorteringslager<TRaekke>? _tilside;
    private Raekkekontrol? _tilsideKontrol;
    private Raekkekontrol? _kontrol;
    private RecordSource? _kilde;
    private long[] _spring = [];
    private string _sha256 = "";
    private string _navn = "";
    private Raekkefoelge _raekkefoelge;

    public Personfillaesning(Indlaesning indlaesning, string sti, Hukommelsesbudget budget, Sorteringsmappe mappe)
    {
        _indlaesning = indlaesning;
        _sti = sti;
        _budget = budget;
        _mappe = mappe;
    }

    public long Stoerrelse => Filkilde.Stoerrelse(_sti, _indlaesning.Valg);

    public void Forscan()
    {
        if (!ForscanIOrden())
        {
            _raekkefoelge = Raekkefoelge.Usorteret;
            Grupper();
        }
    }

    public IPersonmarkoer Aabn(bool egenTraad)
    {
        var valg = _indlaesning.Valg;
        Sorteringslager<TRaekke>.Personlaesning? tilside = _tilside is { Antal: > 0 } lager ? lager.Laes() : null;
        if (_raekkefoelge == Raekkefoelge.Usorteret)
        {
            return new Personfil<TLaeser, TRaekke>(default, null, _dubletter, tilside, egenTraad);
        }

        _kilde = _indlaesning.Aabn(_sti, hash: false);
        var laeser = TLaeser.Opret(_kilde);
        _kontrol = new Raekkekontrol(_kilde, valg, _afviste, _dubletter);
        _kontrol.Spring(_spring);
        return new Personfil<TLaeser, TRaekke>(laeser, _kontrol, _dubletter, tilside, egenTraad);
    }

    public void Afslut(Indlaesning indlaesning)
    {
        var tilside = _tilsideKontrol!;
        indlaesning.Afviste.AddRange(EfterLinje(_afviste, _tilsideAfviste));
        indlaesning.Afslut(new Filstatistik(
            _navn,
            _sha256,
            (_kontrol?.Laest ?? 0) + tilside.Laest,
            _dubletter.Brugt,
            (_kontrol?.Afvist ?? 0) + tilside.Afvist,
            _dubletter.Dubletter));
        indlaesning.Raekkefoelger.Add(new Filraekkefoelge(_navn, _raekkefoelge, _tilside?.Antal ?? 0, _tilside?.Koersler ?? 0));
    }

    public void Dispose()
    {
        _kilde?.Dispose();
        _tilside?.Dispose();
    }

    /// <summary>Two lists of rejected rows, each by line, as one by line.</summary>
    private static List<Afvisning> EfterLinje(List<Afvisning> a, List<Afvisning> b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        var ud = new List<Afvisning>(a.Count + b.Count);
        int i = 0;
        int j = 0;
        while (i < a.Count || j < b.Count)
        {
            ud.Add(j == b.Count || (i < a.Count && a[i].Linje < b[j].Linje) ? a[i++] : b[j++]);
        }

        return ud;
    }

    /// <summary>The first pass; false when the file turned out to be in no order.</summary>
    private bool ForscanIOrden()
    {
        using var kilde = _indlaesning.Aabn(_sti, hash: true);
        _navn = kilde.Name;
        var laeser = TLaeser.Opret(kilde);
        int kolonne = laeser.PersonKolonne;
        NySide(kilde);
        var spring = new List<long>();
        byte[] stoerst = new byte[Raekkekontrol.PersonIdMaksBytes];
        int stoerstLaengde = -1;
        long nummer = 0;
        while (kilde.Skim(kolonne))
        {
            nummer++;
            ReadOnlySpan<byte> id = kolonne < kilde.FieldCount ? kilde.TrimmedField(kolonne) : default;
            int c = stoerstLaengde < 0 ? 1 : id.SequenceCompareTo(stoerst.AsSpan(0, stoerstLaengde));
            if (c > 0)
            {
                if (id.Length > stoerst.Length)
                {
                    stoerst = new byte[id.Length];
                }

                id.CopyTo(stoerst);
                stoerstLaengde = id.Length;
            }

            if (c >= 0)
            {
                continue;
            }

            spring.Add(nummer);
            if (nummer >= MindsteRaekker && spring.Count > nummer / TilsideAndel)
            {
                _tilside!.Dispose();
                return false;
            }

            SaetTilSide(laeser, kilde.SkimmedDefect);
        }

        _sha256 = kilde.Finish();
        _spring = [.. spring];
        _raekkefoelge = spring.Count == 0 ? Raekkefoelge.Sorteret : Raekkefoelge.SeneRaekker;
        return true;
    }

    /// <summary>Every row of a file in no order, checked in file order and held by person.</summary>
    private void Grupper()
    {
        using var kilde = _indlaesning.Aabn(_sti, hash: true);
        var laeser = TLaeser.Opret(kilde);
        NySide(kilde);
        while (kilde.Read(out string? defekt))
        {
            SaetTilSide(laeser, defekt);
        }

        _sha256 = kilde.Finish();
    }

    private void NySide(RecordSource kilde)
    {
        _tilsideAfviste.Clear();
        _tilsideKontrol = new Raekkekontrol(kilde, _indlaesning.Valg, _tilsideAfviste, Dubletkontrol.Udskudt());
        _tilside = new Sorteringslager<TRaekke>(_budget, _mappe);
    }

    /// <summary>Checks the record just read in full and, when valid, holds it with its id and duplicate key.</summary>
    private void SaetTilSide(TLaeser laeser, string? defekt)
    {
        var kontrol = _tilsideKontrol!;
        if (kontrol.Tag(defekt) && laeser.Kontroller(kontrol, out TRaekke raekke))
        {
            _tilside!.Tilfoej(kontrol.Id(laeser.PersonKolonne), kontrol.Noegle(), raekke);
        }
    }
}
