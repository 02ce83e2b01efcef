using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>§ 11: half of the required improvement of one fokusmål, which extends a skærpet tilsyn instead of ending it in administration (SPEC §5, §8.9).</summary>
/// <remarks>[interpretation] after the vejledning's worked example: with basis b and threshold t (percent), the condition is c ≤ (b + t) / 2 when b ≥ t, and c &lt; t when b &lt; t or b is empty.</remarks>
public static class HalvForbedring
{
    /// <summary>Whether the current figure <paramref name="nu"/> has achieved half the improvement; an undefined figure has.</summary>
    public static bool Opnaaet(decimal? basis, decimal graense, Brok? nu)
    {
        if (nu is not { } c)
        {
            return true;
        }

        var (vaerdi, inklusiv) = Graense(basis, graense);
        return inklusiv ? c <= vaerdi : c < vaerdi;
    }

    /// <summary>The bound <see cref="Opnaaet"/> compares against: (b + t) / 2, met at or below it, when b ≥ t; else t, met below it.</summary>
    public static (Brok Graense, bool Inklusiv) Graense(decimal? basis, decimal graense)
    {
        var t = Brok.Fra(graense);
        return basis is { } bv && Brok.Fra(bv) >= t ? ((Brok.Fra(bv) + t) / new Brok(2, 1), true) : (t, false);
    }
}
