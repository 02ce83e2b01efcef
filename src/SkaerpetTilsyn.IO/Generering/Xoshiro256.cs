namespace SkaerpetTilsyn.IO.Generering;

/// <summary>xoshiro256** seeded by splitmix64: a small PRNG whose sequence is fixed by its algorithm, unlike <see cref="Random"/>.</summary>
/// <remarks>A mutable struct: pass it by <c>ref</c>. Uses only integer arithmetic and exact IEEE operations, so a seed gives the same stream on every platform.</remarks>
internal struct Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>An independent stream for one seed and stream number (a person, a kommune, …).</summary>
    public Xoshiro256(ulong seed, ulong stroem)
    {
        ulong x = unchecked(SplitMix(ref seed) ^ (stroem * 0xD1B54A32D192ED03UL));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NaesteUlong()
    {
        unchecked
        {
            ulong resultat = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return resultat;
        }
    }

    /// <summary>A uniform integer in [0, <paramref name="graense"/>), <paramref name="graense"/> &gt; 0.</summary>
    public int Naeste(int graense) => (int)(((NaesteUlong() >> 32) * (ulong)graense) >> 32);

    /// <summary>A uniform integer in [<paramref name="fra"/>, <paramref name="til"/>].</summary>
    public int Mellem(int fra, int til) => fra + Naeste(til - fra + 1);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NaesteDouble() => (NaesteUlong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double sandsynlighed) => NaesteDouble() < sandsynlighed;

    private static ulong SplitMix(ref ulong tilstand)
    {
        unchecked
        {
            ulong z = tilstand += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
