using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Historik;

/// <summary>Which rule set, meddelelse date and selection each data year of a history is decided with (SPEC §10 "Regelplan").</summary>
public sealed class Regelplan
{
    private readonly SortedDictionary<int, Planaar> _aar;

    public Regelplan(string navn, IEnumerable<KeyValuePair<int, Planaar>> aar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(navn);
        ArgumentNullException.ThrowIfNull(aar);
        Navn = navn;
        _aar = [];
        foreach (var (y, planaar) in aar)
        {
            ArgumentNullException.ThrowIfNull(planaar);
            if (!_aar.TryAdd(y, planaar))
            {
                throw new ArgumentException($"Året {y} står to gange i regelplanen.", nameof(aar));
            }
        }
    }

    public string Navn { get; }

    /// <summary>The plan's years in order.</summary>
    public IReadOnlyDictionary<int, Planaar> Aar => _aar;

    /// <summary>The distinct rule sets the plan uses, in the order of the first year that uses each.</summary>
    public IReadOnlyList<Regelsaet> Regelsaet => [.. _aar.Values.Select(p => p.Regler).Distinct()];

    /// <summary>The year <paramref name="aar"/>'s entry.</summary>
    /// <exception cref="KeyNotFoundException">The plan has no entry for the year.</exception>
    public Planaar this[int aar] => _aar[aar];

    /// <summary><c>--regler X</c>: the plan with <paramref name="regler"/> and the default meddelelse and selection in every year from <paramref name="fra"/> to <paramref name="til"/>.</summary>
    public static Regelplan Fast(Regelsaet regler, int fra, int til)
    {
        ArgumentNullException.ThrowIfNull(regler);
        if (til < fra)
        {
            throw new ArgumentException("Planen slutter før den begynder.", nameof(til));
        }

        return new(regler.Navn, Enumerable.Range(fra, til - fra + 1).Select(y => KeyValuePair.Create(y, Planaar.Standard(regler, y))));
    }

    /// <summary>The first year from <paramref name="fra"/> to <paramref name="til"/> without an entry; null when every year has one.</summary>
    public int? FoersteManglendeAar(int fra, int til)
    {
        for (int y = fra; y <= til; y++)
        {
            if (!_aar.ContainsKey(y))
            {
                return y;
            }
        }

        return null;
    }
}
