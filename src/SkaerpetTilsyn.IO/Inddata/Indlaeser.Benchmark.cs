using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Internals;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads <c>benchmark.csv</c>; a later row for the same (aar, kommune) overrides an earlier one (SPEC §8.6), counted in <paramref name="erstattet"/>.</summary>
    private static List<Benchmarkraekke> ReadBenchmark(CsvSource source, out long erstattet)
    {
        int aar = source.Column("aar");
        int kommune = source.Column("kommune");
        int faktisk = source.Column("faktisk");
        int forventet = source.Column("forventet");
        Dictionary<(int Aar, int Kommune), Benchmarkraekke> gaeldende = [];
        erstattet = 0;
        while (source.Next())
        {
            if (source.TryInteger(aar, "aar", out int a)
                && source.TryKommune(kommune, out int k)
                && source.TryNumber(faktisk, "faktisk", out decimal fa)
                && source.TryNumber(forventet, "forventet", out decimal fo)
                && !source.IsDuplicate())
            {
                if (gaeldende.ContainsKey((a, k)))
                {
                    erstattet++;
                }

                gaeldende[(a, k)] = new Benchmarkraekke(a, k, fa, fo, source.Text(faktisk), source.Text(forventet));
            }
        }

        List<Benchmarkraekke> raekker = [.. gaeldende.Values];
        raekker.Sort(static (x, y) => x.Aar != y.Aar ? x.Aar.CompareTo(y.Aar) : x.Kommune.CompareTo(y.Kommune));
        return raekker;
    }
}
