using System.Globalization;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;

namespace SkaerpetTilsyn.IO.Validering;

/// <summary>The checks of one input's rows, whatever its source: the header's field count, typed field checks that reject a bad row with its reason (SPEC §8.1, §9.5), duplicates, and the file's counts.</summary>
/// <remarks>
/// Every <c>Try…</c> check rejects the current row when it fails, so a caller stops at the first failing check and moves on.
/// How duplicates are found is fixed by the <see cref="Dubletkontrol"/> it is made with.
/// </remarks>
internal sealed class Raekkekontrol
{
    /// <summary>The longest person_id in characters (SPEC §9.5).</summary>
    private const int PersonIdMaksLaengde = 64;

    /// <summary>Room for the longest person_id in UTF-8.</summary>
    public const int PersonIdMaksBytes = PersonIdMaksLaengde * 4;

    /// <summary>The most characters of a rejected row kept in <c>afviste.csv</c>, and (a tenth) of a field quoted in a reason.</summary>
    private const int MaksVist = 1000;

    private static readonly bool[] s_kommuner = Kommunetabel();

    private readonly RecordSource _kilde;
    private readonly Dubletkontrol _dubletter;
    private readonly List<Afvisning> _afviste;
    private readonly bool _strict;
    private readonly bool _tilladCpr;
    private readonly int _feltantal;
    private char[] _tegn = new char[PersonIdMaksLaengde];
    private long _laest;
    private long _afvist;

    /// <summary>Checks the rows of <paramref name="kilde"/>; rejected rows go to <paramref name="afviste"/>, or stop the run with <see cref="Indlaesningsvalg.Strict"/>.</summary>
    public Raekkekontrol(RecordSource kilde, Indlaesningsvalg valg, List<Afvisning> afviste, Dubletkontrol dubletter)
    {
        _kilde = kilde;
        _dubletter = dubletter;
        _afviste = afviste;
        _strict = valg.Strict;
        _tilladCpr = valg.TilladCpr;
        _feltantal = kilde.Headers.Count;
    }

    /// <summary>The input's name as found, such as <c>ydelser.csv.gz</c>.</summary>
    public string Navn => _kilde.Name;

    /// <summary>Where the current row starts, the header being line 1.</summary>
    public long Linje => _kilde.Line;

    /// <summary>Moves to the next row that has the header's number of fields, rejecting those that do not.</summary>
    public bool Naeste()
    {
        while (_kilde.Read(out string? defekt))
        {
            _laest++;
            if (defekt is not null)
            {
                Afvis(defekt);
                continue;
            }

            int antal = _kilde.FieldCount;
            if (antal == _feltantal)
            {
                return true;
            }

            Afvis(string.Create(CultureInfo.InvariantCulture, $"forkert antal felter: {antal}, overskriften har {_feltantal}"));
        }

        return false;
    }

    /// <summary>Rejects the current row; returns <see langword="false"/> so a check can end with <c>return Afvis(…)</c>.</summary>
    public bool Afvis(string aarsag)
    {
        if (_strict)
        {
            throw Inddatafejl.DaarligRaekke(Navn, Linje, aarsag);
        }

        _afvist++;
        string raekke = _kilde.RecordText();
        _afviste.Add(new Afvisning(Navn, Linje, aarsag, raekke.Length > MaksVist ? string.Concat(raekke.AsSpan(0, MaksVist), "…") : raekke));
        return false;
    }

    public bool AfvisUkendt(int kolonne, string navn) => Afvis($"ukendt {navn} '{Vist(kolonne)}'");

    public bool ErTom(int kolonne) => _kilde.TrimmedField(kolonne).IsEmpty;

    /// <summary>The trimmed field as a string, for values that are kept as text.</summary>
    public string Tekst(int kolonne) => Encoding.UTF8.GetString(_kilde.TrimmedField(kolonne));

    /// <summary>The trimmed field for a reason text, cut short when long.</summary>
    public string Vist(int kolonne)
    {
        string tekst = Tekst(kolonne);
        return tekst.Length > MaksVist / 10 ? string.Concat(tekst.AsSpan(0, MaksVist / 10), "…") : tekst;
    }

    /// <summary>The trimmed field as characters, valid until the next call.</summary>
    public ReadOnlySpan<char> Tegn(int kolonne)
    {
        ReadOnlySpan<byte> felt = _kilde.TrimmedField(kolonne);
        if (_tegn.Length < felt.Length)
        {
            _tegn = new char[felt.Length];
        }

        return _tegn.AsSpan(0, Encoding.UTF8.GetChars(felt, _tegn));
    }

    /// <summary>A required field as characters, valid until the next call.</summary>
    public bool TryPaakraevet(int kolonne, string navn, out ReadOnlySpan<char> tekst)
    {
        if (ErTom(kolonne))
        {
            tekst = default;
            return Afvis($"manglende '{navn}'");
        }

        tekst = Tegn(kolonne);
        return true;
    }

    /// <summary>A required field as trimmed UTF-8 bytes, valid until the next row.</summary>
    public bool TryFelt(int kolonne, string navn, out ReadOnlySpan<byte> felt)
    {
        felt = _kilde.TrimmedField(kolonne);
        return !felt.IsEmpty || Afvis($"manglende '{navn}'");
    }

    /// <summary>A required person_id of at most 64 characters; one that looks like a CPR number stops the run unless <see cref="Indlaesningsvalg.TilladCpr"/> (SPEC §9.5).</summary>
    public bool TryPersonId(int kolonne)
    {
        if (!TryFelt(kolonne, "person_id", out ReadOnlySpan<byte> id))
        {
            return false;
        }

        // Only a ten-byte id can look like a CPR number, so other ids cost one comparison.
        if (id.Length == 10 && !_tilladCpr && Cpr.Ligner(id))
        {
            throw Inddatafejl.Cpr(Navn, Linje);
        }

        // The limit is in characters; a UTF-8 field of at most that many bytes cannot exceed it.
        return id.Length <= PersonIdMaksLaengde || Encoding.UTF8.GetCharCount(id) <= PersonIdMaksLaengde || Afvis("person_id er længere end 64 tegn");
    }

    /// <summary>A required kommune code: three digits of a kommune in <see cref="Kommuneliste"/>.</summary>
    public bool TryKommune(int kolonne, out int kommune)
    {
        kommune = 0;
        ReadOnlySpan<byte> felt = _kilde.TrimmedField(kolonne);
        if (felt.IsEmpty)
        {
            return Afvis("manglende 'kommune'");
        }

        if (felt.Length != 3 || !FieldParser.TryDigits(felt, out kommune))
        {
            return Afvis($"ugyldig kommune '{Vist(kolonne)}'");
        }

        return s_kommuner[kommune] || Afvis($"ukendt kommune '{Vist(kolonne)}'");
    }

    public bool TryDato(int kolonne, string navn, out LocalDate dato)
    {
        dato = default;
        ReadOnlySpan<byte> felt = _kilde.TrimmedField(kolonne);
        if (felt.IsEmpty)
        {
            return Afvis($"manglende '{navn}'");
        }

        return FieldParser.TryDate(felt, out dato) || Afvis($"ugyldig dato i '{navn}': '{Vist(kolonne)}'");
    }

    /// <summary>A required <c>fra</c> and an optional <c>til</c> (empty is open-ended) that is not before <c>fra</c>.</summary>
    public bool TryPeriode(int fraKolonne, int tilKolonne, out LocalDate fra, out LocalDate til)
    {
        til = Datoer.Aaben;
        if (!TryDato(fraKolonne, "fra", out fra))
        {
            return false;
        }

        ReadOnlySpan<byte> felt = _kilde.TrimmedField(tilKolonne);
        if (!felt.IsEmpty && !FieldParser.TryDate(felt, out til))
        {
            return Afvis($"ugyldig dato i 'til': '{Vist(tilKolonne)}'");
        }

        return til >= fra || Afvis("'til' før 'fra'");
    }

    public bool TryTal(int kolonne, string navn, out decimal tal)
    {
        tal = 0;
        return ErTom(kolonne) ? Afvis($"manglende '{navn}'") : TryTaltekst(kolonne, navn, out tal);
    }

    /// <summary>A number or an empty field (<see langword="null"/>).</summary>
    public bool TryValgfritTal(int kolonne, string navn, out decimal? tal)
    {
        tal = null;
        if (ErTom(kolonne))
        {
            return true;
        }

        if (!TryTaltekst(kolonne, navn, out decimal vaerdi))
        {
            return false;
        }

        tal = vaerdi;
        return true;
    }

    public bool TryHeltal(int kolonne, string navn, out int tal)
    {
        tal = 0;
        ReadOnlySpan<byte> felt = _kilde.TrimmedField(kolonne);
        if (felt.IsEmpty)
        {
            return Afvis($"manglende '{navn}'");
        }

        return (felt.Length <= 9 && FieldParser.TryDigits(felt, out tal)) || Afvis($"ugyldigt heltal i '{navn}': '{Vist(kolonne)}'");
    }

    /// <summary>Whether the current (valid) row repeats an earlier valid row field for field (SPEC §8.2); counts the row as used or as a duplicate.</summary>
    public bool ErDublet() => _dubletter.ErDublet(_kilde);

    /// <summary>Finishes the input after its last row and returns its counts: read = used + rejected + duplicates.</summary>
    public Filstatistik Afslut() => new(Navn, _kilde.Finish(), _laest, _dubletter.Brugt, _afvist, _dubletter.Dubletter);

    private static bool[] Kommunetabel()
    {
        var tabel = new bool[1000];
        foreach (var k in Kommuneliste.Alle)
        {
            tabel[k.Kode] = true;
        }

        return tabel;
    }

    private bool TryTaltekst(int kolonne, string navn, out decimal tal) =>
        FieldParser.TryDecimal(_kilde.TrimmedField(kolonne), out tal) || Afvis($"ugyldigt tal i '{navn}': '{Vist(kolonne)}'");
}
