using System.Buffers;
using System.Buffers.Binary;
using SkaerpetTilsyn.IO.Kilder;

namespace SkaerpetTilsyn.IO.Dubletter;

/// <summary>Exact duplicates among one input's valid rows (SPEC §8.2: an identical list of trimmed fields), found in the way chosen when it is made.</summary>
/// <remarks>
/// Three ways, one per way of reading: <see cref="HeleFilen"/> keeps every key of the input; <see cref="PerPerson"/> keeps
/// one person's keys at a time for rows read person by person, so memory does not grow with the file; <see cref="Udskudt"/>
/// keeps nothing and lets every row pass, for rows that are checked for duplicates once they are grouped by person
/// (<see cref="Stroem.Sorteringslager{TRaekke}"/>), with another <see cref="PerPerson"/>.
/// </remarks>
internal sealed class Dubletkontrol
{
    private readonly Raekkesaet? _saet;
    private readonly ArrayBufferWriter<byte> _noegle = new();

    private Dubletkontrol(Raekkesaet? saet) => _saet = saet;

    /// <summary>Valid rows that are not duplicates.</summary>
    public long Brugt { get; private set; }

    public long Dubletter { get; private set; }

    /// <summary>A row is a duplicate of any earlier valid row of the input.</summary>
    public static Dubletkontrol HeleFilen() => new(new Raekkesaet());

    /// <summary>
    /// A row is a duplicate of an earlier row of the same person only: the caller says with <see cref="NyPerson"/> where a
    /// person's rows begin (exact duplicates share the person_id, so they lie within one person's rows).
    /// </summary>
    public static Dubletkontrol PerPerson() => new(new Raekkesaet());

    /// <summary>Every row passes: its duplicates are found later, once its person's rows are together.</summary>
    public static Dubletkontrol Udskudt() => new(null);

    /// <summary>Forgets the keys seen so far: the rows that follow belong to another person (<see cref="PerPerson"/>).</summary>
    public void NyPerson() => _saet!.Ryd();

    /// <summary>Whether the current (valid) record of <paramref name="kilde"/> repeats an earlier one; counts it as used or as a duplicate.</summary>
    public bool ErDublet(RecordSource kilde) => _saet is null ? Brug() : ErDublet(Noegle(kilde));

    /// <summary>Whether a row with this key repeats an earlier one; counts it as used or as a duplicate.</summary>
    public bool ErDublet(ReadOnlySpan<byte> noegle)
    {
        if (_saet is null || _saet.Tilfoej(noegle))
        {
            return Brug();
        }

        Dubletter++;
        return true;
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

    private bool Brug()
    {
        Brugt++;
        return false;
    }
}
