using System.Buffers;
using System.Buffers.Binary;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Stroem;

namespace SkaerpetTilsyn.IO.Dubletter;

/// <summary>Exact duplicates among one input's valid rows (SPEC §8.2: an identical list of trimmed fields), found in the way chosen when it is made.</summary>
/// <remarks>
/// Three ways, one per way of reading: <see cref="HeleFilen"/> keeps every key of the input; <see cref="PerPerson"/> keeps
/// one person's keys at a time for a file sorted by person_id, so memory does not grow with the file; <see cref="Udskudt"/>
/// keeps nothing and leaves each row's key hash for a caller that finds the duplicates later (<see cref="Stroem.Filgruppering{TLaeser, TRaekke}"/>).
/// </remarks>
internal sealed class Dubletkontrol
{
    private readonly Raekkesaet? _saet;
    private readonly Personorden? _orden;
    private readonly int _personKolonne;
    private readonly ArrayBufferWriter<byte> _noegle = new();

    private Dubletkontrol(Raekkesaet? saet, Personorden? orden, int personKolonne)
    {
        _saet = saet;
        _orden = orden;
        _personKolonne = personKolonne;
    }

    /// <summary>Valid rows that are not duplicates.</summary>
    public long Brugt { get; private set; }

    public long Dubletter { get; private set; }

    /// <summary>The 64-bit hash of the key of the row <see cref="ErDublet"/> last saw (<see cref="Udskudt"/> only).</summary>
    public ulong Hash { get; private set; }

    /// <summary>A row is a duplicate of any earlier valid row of the input.</summary>
    public static Dubletkontrol HeleFilen() => new(new Raekkesaet(), null, -1);

    /// <summary>
    /// For a file sorted by person_id: each valid row's person_id goes to <paramref name="orden"/>, which throws
    /// <see cref="UsorteretInputException"/> when it sorts before the previous one, and a row is a duplicate of an earlier
    /// row of the same person only (exact duplicates share the person_id, so in a sorted file they lie within one person's rows).
    /// </summary>
    public static Dubletkontrol PerPerson(int personKolonne, Personorden orden) => new(new Raekkesaet(), orden, personKolonne);

    /// <summary>Every row passes; the caller finds the duplicates among one person's rows by <see cref="Hash"/> and counts them with <see cref="FlytTilDubletter"/>.</summary>
    public static Dubletkontrol Udskudt() => new(null, null, -1);

    /// <summary>Whether the current (valid) record of <paramref name="kilde"/> repeats an earlier one; counts it as used or as a duplicate.</summary>
    public bool ErDublet(RecordSource kilde)
    {
        if (_orden is not null && _orden.Se(kilde.TrimmedField(_personKolonne)))
        {
            _saet!.Ryd();
        }

        if (_saet is null)
        {
            Hash = Noeglehash.Beregn(Noegle(kilde));
            Brugt++;
            return false;
        }

        if (_saet.Tilfoej(Noegle(kilde)))
        {
            Brugt++;
            return false;
        }

        Dubletter++;
        return true;
    }

    /// <summary>Counts <paramref name="antal"/> rows that were let through as duplicates after all (<see cref="Udskudt"/> only).</summary>
    public void FlytTilDubletter(long antal)
    {
        if (_saet is not null)
        {
            throw new InvalidOperationException("Only deferred duplicate detection moves rows to the duplicates afterwards.");
        }

        Brugt -= antal;
        Dubletter += antal;
    }

    /// <summary>
    /// The current record's trimmed fields in one canonical form, valid until the next record: joined by the separator when
    /// no field holds it or NUL (the record's own text when the source has it, so no copy); otherwise NUL and the
    /// length-prefixed fields, which no joined key can equal since those never start with NUL.
    /// </summary>
    public ReadOnlySpan<byte> Noegle(RecordSource kilde)
    {
        if (kilde.TryGetJoined(out ReadOnlySpan<byte> samlet))
        {
            return samlet;
        }

        byte adskiller = kilde.Separator;
        int antal = kilde.FieldCount;
        _noegle.ResetWrittenCount();
        bool entydig = true;
        for (int i = 0; i < antal && entydig; i++)
        {
            entydig = kilde.TrimmedField(i).IndexOfAny(adskiller, (byte)0) < 0;
        }

        if (entydig)
        {
            for (int i = 0; i < antal; i++)
            {
                if (i > 0)
                {
                    _noegle.Write(new ReadOnlySpan<byte>(in adskiller));
                }

                _noegle.Write(kilde.TrimmedField(i));
            }

            return _noegle.WrittenSpan;
        }

        _noegle.Write("\0"u8);
        for (int i = 0; i < antal; i++)
        {
            ReadOnlySpan<byte> felt = kilde.TrimmedField(i);
            BinaryPrimitives.WriteInt32LittleEndian(_noegle.GetSpan(sizeof(int)), felt.Length);
            _noegle.Advance(sizeof(int));
            _noegle.Write(felt);
        }

        return _noegle.WrittenSpan;
    }
}
