using System.Globalization;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Historik;

/// <summary>The scheme's years in one pass (SPEC §10): every month of the years measured as the persons come by, then the years decided in order, each status chained from the year before.</summary>
/// <remarks>
/// A second plan (<c>--mod</c>) is measured in the same pass; a year that both plans measure under the same measurement keys is measured
/// once. Memory holds, per year and distinct measurement, the counts and December's passive candidates.
/// </remarks>
public sealed class Historikberegning : IPersonberegning<Historikresultat>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly Regelplan _a;
    private readonly Regelplan? _b;
    private readonly Fleraarsmaaler _maaler;

    /// <summary>The years <paramref name="fra"/> to <paramref name="til"/> under plan <paramref name="a"/>, and under <paramref name="b"/> when given.</summary>
    /// <exception cref="ArgumentException"><paramref name="til"/> is before <paramref name="fra"/>, or a plan lacks a year.</exception>
    public Historikberegning(int fra, int til, Regelplan a, Regelplan? b = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (til < fra)
        {
            throw new ArgumentException("Historikken slutter før den begynder.", nameof(til));
        }

        foreach (var plan in b is null ? new[] { a } : [a, b])
        {
            if (plan.FoersteManglendeAar(fra, til) is { } mangler)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Regelplanen '{plan.Navn}' har intet regelsæt for {mangler}."), nameof(a));
            }
        }

        _fra = fra;
        _til = til;
        _a = a;
        _b = b;
        var aar = Enumerable.Range(fra, til - fra + 1);
        _maaler = new Fleraarsmaaler(aar.Select(y => (y, a[y].Regler)).Concat(b is null ? [] : aar.Select(y => (y, b[y].Regler))));
    }

    public void Tag(Persondata person) => _maaler.MaalPerson(person);

    /// <exception cref="DatagrundlagException">The data end before 31 December of the last year (SPEC §9.2), or a reported kommune lacks a benchmark row (§8.6).</exception>
    public Historikresultat Afslut(Beregningsgrundlag grundlag)
    {
        ArgumentNullException.ThrowIfNull(grundlag);
        Datadaekning.KontrollerAarene(grundlag, _fra, _til);
        return new Historikresultat(_fra, _til, Kaed(_a, grundlag), _b is null ? null : Kaed(_b, grundlag), _maaler.Forloebsbygninger);
    }

    /// <summary>SPEC §10: Y1 starts from the status read; each later year starts from the status after of the year before.</summary>
    private Historik Kaed(Regelplan plan, Beregningsgrundlag grundlag)
    {
        var aar = new List<Opgoerelsesresultat>(_til - _fra + 1);
        IReadOnlyList<Kommunestatus>? status = grundlag.Status;
        for (int y = _fra; y <= _til; y++)
        {
            var planaar = plan[y];
            var maaling = _maaler.Maaling(y, planaar.Regler);
            var resultat = Aarsopgoerelse.Beregn(
                planaar.Regler, maaling.Taellere, maaling.Passivkandidater, y, grundlag.Benchmark, status, planaar.Meddelelse, planaar.Udvaelgelse);
            aar.Add(resultat);
            status = [.. resultat.Afgoerelser.Select(a => a.StatusEfter)];
        }

        return new Historik(plan, aar);
    }
}
