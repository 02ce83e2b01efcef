namespace SkaerpetTilsyn.Core.Historik;

/// <summary>Everything <c>historik</c> produces, ready to be written: the path under plan A and, with <c>--mod</c>, under plan B with the two side by side (SPEC §10).</summary>
/// <param name="Fra">The first data year.</param>
/// <param name="Til">The last data year.</param>
/// <param name="A">The history under the plan (or <c>--regler</c>).</param>
/// <param name="B">The history under <c>--mod</c>; null without it.</param>
/// <param name="Forloebsbygninger">How many forløb each person got built: one per distinct set of forløb keys among the rule sets.</param>
public sealed record Historikresultat(int Fra, int Til, Historik A, Historik? B, int Forloebsbygninger)
{
    /// <summary>The rows of <c>historik_diff.csv</c>: one per kommune reported under A or B and year, sorted by kommune, then year; empty without B.</summary>
    public IReadOnlyList<Historikdiffraekke> Diff => B is null ? [] : Sammenstil(A, B);

    /// <summary>Every kommune whose path differs between A and B, with the first year its decision differs, by kommune; empty without B.</summary>
    public IReadOnlyList<Stiafvigelse> Afvigelser =>
    [
        .. Diff.Where(r => r.Aendret).GroupBy(r => r.Kommune).Select(g => new Stiafvigelse(g.MinBy(r => r.Aar)!)).OrderBy(s => s.Kommune),
    ];

    private static List<Historikdiffraekke> Sammenstil(Historik a, Historik b)
    {
        var raekker = new List<Historikdiffraekke>();
        for (int i = 0; i < a.Aar.Count; i++)
        {
            var aarA = a.Aar[i].Afgoerelser.ToDictionary(x => x.Kommune);
            var aarB = b.Aar[i].Afgoerelser.ToDictionary(x => x.Kommune);
            foreach (int k in aarA.Keys.Union(aarB.Keys))
            {
                var x = aarA.GetValueOrDefault(k);
                var y = aarB.GetValueOrDefault(k);
                raekker.Add(new Historikdiffraekke(k, (x ?? y)!.Navn, a.Aar[i].Aar, x, y));
            }
        }

        raekker.Sort((x, y) => x.Kommune != y.Kommune ? x.Kommune.CompareTo(y.Kommune) : x.Aar.CompareTo(y.Aar));
        return raekker;
    }
}
