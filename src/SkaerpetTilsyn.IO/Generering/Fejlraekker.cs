namespace SkaerpetTilsyn.IO.Generering;

/// <summary>Chooses where the requested malformed rows go and writes them.</summary>
/// <remarks>A position is a (person, slot) pair; positions are distinct, so each bad row is a separate row after that person's valid rows. Kinds cycle through <see cref="Fejltype"/> in position order, so every kind occurs once there are at least seven.</remarks>
internal sealed class Fejlraekker
{
    /// <summary>How many bad rows one person can carry.</summary>
    public const int PladserPrPerson = 8;

    private static readonly int s_antalTyper = Enum.GetValues<Fejltype>().Length;

    private readonly long[] _positioner;
    private readonly int _forskydning;
    private readonly int _fraAar;
    private readonly int _antalAar;
    private int _naeste;

    public Fejlraekker(ulong seed, ulong stroem, int antal, int personer, int fraAar, int tilAar)
    {
        var rng = new Xoshiro256(seed, stroem);
        long pladser = (long)personer * PladserPrPerson;

        // Floyd's algorithm: a uniform sample of distinct positions without shuffling them all.
        var valgt = new HashSet<long>();
        for (long j = pladser - antal; j < pladser; j++)
        {
            long t = (long)(rng.NaesteUlong() % (ulong)(j + 1));
            valgt.Add(valgt.Contains(t) ? j : t);
        }

        _positioner = [.. valgt];
        Array.Sort(_positioner);
        _forskydning = rng.Naeste(s_antalTyper);
        _fraAar = fraAar;
        _antalAar = tilAar - fraAar + 1;
    }

    /// <summary>Writes the bad rows of person <paramref name="person"/> (0-based), whose id has <paramref name="bredde"/> digits.</summary>
    public void Skriv(int person, int bredde, int kommune, Csvfiler filer)
    {
        while (_naeste < _positioner.Length && _positioner[_naeste] / PladserPrPerson == person)
        {
            var type = (Fejltype)((_naeste + _forskydning) % s_antalTyper);
            int aar = _fraAar + (int)(_positioner[_naeste] % _antalAar);
            Skriv(type, person + 1, bredde, kommune, aar, filer);
            _naeste++;
        }
    }

    private static void Skriv(Fejltype type, int id, int bredde, int kommune, int aar, Csvfiler filer)
    {
        Utf8Linjeskriver ud = type switch
        {
            Fejltype.UgyldigDato or Fejltype.UkendtYdelse or Fejltype.UkendtKommune => filer.Ydelser,
            Fejltype.TilFoerFra => filer.Tilbud,
            Fejltype.NegativeTimer => filer.Timer,
            Fejltype.ManglendeFelt => filer.Samtaler,
            _ => filer.Fritagelser,
        };
        ud.Id((byte)'P', id, bredde);
        ud.Komma();
        switch (type)
        {
            case Fejltype.UgyldigDato:
                ud.Heltal(kommune);
                ud.Tekst(",dagpenge,"u8);
                ud.Heltal(aar);
                ud.Tekst("-02-30,"u8);
                ud.Heltal(aar);
                ud.Tekst("-03-31"u8);
                break;
            case Fejltype.UkendtYdelse:
                ud.Heltal(kommune);
                ud.Tekst(",arbejdsloeshed,"u8);
                Januar(ud, aar);
                break;
            case Fejltype.UkendtKommune:
                ud.Tekst("411,kontanthjaelp,"u8);
                Januar(ud, aar);
                break;
            case Fejltype.TilFoerFra:
                ud.Heltal(aar);
                ud.Tekst("-05-10,"u8);
                ud.Heltal(aar);
                ud.Tekst("-05-01,vejledning"u8);
                break;
            case Fejltype.NegativeTimer:
                Januar(ud, aar);
                ud.Tekst(",-7.5"u8);
                break;
            case Fejltype.ManglendeFelt:
                ud.Heltal(aar);
                ud.Tekst("-03-04,jobsamtale,"u8);
                break;
            case Fejltype.ForkertAntalFelter:
                ud.Heltal(aar);
                ud.Tekst("-01-01,barsel"u8);
                break;
        }

        ud.Linjeslut();
    }

    private static void Januar(Utf8Linjeskriver ud, int aar)
    {
        ud.Heltal(aar);
        ud.Tekst("-01-01,"u8);
        ud.Heltal(aar);
        ud.Tekst("-01-31"u8);
    }
}
