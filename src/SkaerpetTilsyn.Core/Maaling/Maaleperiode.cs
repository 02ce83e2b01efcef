using NodaTime;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>A run of consecutive calendar months: the months measured, or the months a fokusmål figure is averaged over.</summary>
public readonly record struct Maaleperiode
{
    /// <summary>The <paramref name="antal"/> months from <paramref name="fra"/>; none when <paramref name="antal"/> is 0.</summary>
    public Maaleperiode(YearMonth fra, int antal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(antal);
        Fra = fra;
        Antal = antal;
    }

    public YearMonth Fra { get; }

    public int Antal { get; }

    /// <summary>The last month; for an empty period the month before <see cref="Fra"/>.</summary>
    public YearMonth Til => Fra.PlusMonths(Antal - 1);

    /// <summary>§ 2 stk. 3: the data year of an opgørelse, January to December.</summary>
    public static Maaleperiode Aar(int aar) => new(new YearMonth(aar, 1), 12);

    /// <summary>The 12 months ending with <paramref name="maaned"/>: the rolling window of <c>fm1_12m</c>/<c>fm2_12m</c> (SPEC §7).</summary>
    public static Maaleperiode TolvMaanederTilOgMed(YearMonth maaned) => new(maaned.PlusMonths(-11), 12);

    /// <summary>January of <paramref name="maaned"/>'s year to <paramref name="maaned"/>: the months monitored, and the months of the year measured so far.</summary>
    public static Maaleperiode AaretTilOgMed(YearMonth maaned) => new(new YearMonth(maaned.Year, 1), maaned.Month);

    /// <summary>The months after <paramref name="maaned"/> to December of its year; none after December.</summary>
    public static Maaleperiode RestenAfAaret(YearMonth maaned) => new(maaned.PlusMonths(1), 12 - maaned.Month);

    /// <summary><paramref name="fra"/> to <paramref name="til"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="til"/> is before <paramref name="fra"/>.</exception>
    public static Maaleperiode FraTilOgMed(YearMonth fra, YearMonth til)
    {
        int antal = new Maaleperiode(fra, 0).Indeks(til) + 1;
        if (antal < 1)
        {
            throw new ArgumentException("Perioden slutter før den begynder.", nameof(til));
        }

        return new(fra, antal);
    }

    /// <summary>The position of <paramref name="maaned"/> counted from <see cref="Fra"/> (0 for <see cref="Fra"/>; negative before it).</summary>
    public int Indeks(YearMonth maaned) => ((maaned.Year - Fra.Year) * 12) + maaned.Month - Fra.Month;

    public bool Indeholder(YearMonth maaned)
    {
        int i = Indeks(maaned);
        return i >= 0 && i < Antal;
    }

    /// <summary>Whether every month of <paramref name="periode"/> lies in this one.</summary>
    public bool Indeholder(Maaleperiode periode) => periode.Antal == 0 || (Indeholder(periode.Fra) && Indeholder(periode.Til));

    public Enumerator GetEnumerator() => new(Fra, Antal);

    /// <summary>Walks the months in order without allocating.</summary>
    public struct Enumerator
    {
        private readonly YearMonth _fra;
        private readonly int _antal;
        private int _i;

        internal Enumerator(YearMonth fra, int antal)
        {
            _fra = fra;
            _antal = antal;
            _i = -1;
        }

        public readonly YearMonth Current => _fra.PlusMonths(_i);

        public bool MoveNext() => ++_i < _antal;
    }
}
