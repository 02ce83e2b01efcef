using System.Numerics;

namespace SkaerpetTilsyn.Core.Tal;

/// <summary>An exact rational number, so shares and thresholds are compared exactly (SPEC §4: never binary floating point).</summary>
public readonly struct Brok : IComparable<Brok>, IEquatable<Brok>
{
    private readonly BigInteger _taeller;
    private readonly BigInteger _naevner;

    public Brok(BigInteger taeller, BigInteger naevner)
    {
        if (naevner.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (naevner.Sign < 0)
        {
            taeller = -taeller;
            naevner = -naevner;
        }

        var g = BigInteger.GreatestCommonDivisor(taeller, naevner);
        if (g > BigInteger.One)
        {
            taeller /= g;
            naevner /= g;
        }

        _taeller = taeller;
        _naevner = naevner;
    }

    public static Brok Nul => new(0, 1);

    public BigInteger Taeller => _naevner.IsZero ? BigInteger.Zero : _taeller;

    public BigInteger Naevner => _naevner.IsZero ? BigInteger.One : _naevner;

    /// <summary>The exact value of <paramref name="v"/> (a threshold or basis from the rule set or the input).</summary>
    public static Brok Fra(decimal v)
    {
        int[] bits = decimal.GetBits(v);
        int skala = (bits[3] >> 16) & 0xFF;
        var mantisse = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (v < 0)
        {
            mantisse = -mantisse;
        }

        return new Brok(mantisse, BigInteger.Pow(10, skala));
    }

    public static Brok operator +(Brok a, Brok b) => new((a.Taeller * b.Naevner) + (b.Taeller * a.Naevner), a.Naevner * b.Naevner);

    public static Brok operator -(Brok a, Brok b) => new((a.Taeller * b.Naevner) - (b.Taeller * a.Naevner), a.Naevner * b.Naevner);

    public static Brok operator *(Brok a, Brok b) => new(a.Taeller * b.Taeller, a.Naevner * b.Naevner);

    public static Brok operator /(Brok a, Brok b) => new(a.Taeller * b.Naevner, a.Naevner * b.Taeller);

    public static bool operator <(Brok a, Brok b) => a.CompareTo(b) < 0;

    public static bool operator >(Brok a, Brok b) => a.CompareTo(b) > 0;

    public static bool operator <=(Brok a, Brok b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Brok a, Brok b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Brok a, Brok b) => a.Equals(b);

    public static bool operator !=(Brok a, Brok b) => !a.Equals(b);

    public int CompareTo(Brok other) => (Taeller * other.Naevner).CompareTo(other.Taeller * Naevner);

    public bool Equals(Brok other) => Taeller == other.Taeller && Naevner == other.Naevner;

    public override bool Equals(object? obj) => obj is Brok b && Equals(b);

    public override int GetHashCode() => HashCode.Combine(Taeller, Naevner);

    /// <summary>The largest integer not above the value (also for negative values).</summary>
    internal BigInteger RundNed() => BigInteger.Divide(Taeller - (Taeller.Sign < 0 ? Naevner - 1 : 0), Naevner);

    /// <summary>The value rounded half away from zero to <paramref name="decimaler"/> decimals.</summary>
    public decimal Afrund(int decimaler)
    {
        var skala = BigInteger.Pow(10, decimaler);
        var t = BigInteger.Abs(Taeller) * skala * 2;
        var afrundet = (t + Naevner) / (2 * Naevner);
        decimal v = (decimal)afrundet / (decimal)skala;
        return Taeller.Sign < 0 ? -v : v;
    }

    public override string ToString() => $"{Taeller}/{Naevner}";
}
