using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads <c>benchmark.csv</c>; a later row for the same (aar, kommune) overrides an earlier one (SPEC §8.6), counted in <paramref name="erstattet"/>.</summary>
    private static List<Benchmarkraekke> LaesBenchmark(RecordSource kilde, Raekkekontrol kontrol, out long erstattet)
    {
        int aar = kilde.Column("aar");
        int kommune = kilde.Column("kommune");
        int faktisk = kilde.Column("faktisk");
        int forventet = kilde.Column("forventet");
        Dictionary<(int Aar, int Kommune), Benchmarkraekke> gaeldende = [];
        erstattet = 0;
        while (kontrol.Naeste())
        {
            if (kontrol.TryHeltal(aar, "aar", out int a)
                && kontrol.TryKommune(kommune, out int k)
                && kontrol.TryTal(faktisk, "faktisk", out decimal fa)
                && kontrol.TryTal(forventet, "forventet", out decimal fo)
                && !kontrol.ErDublet())
            {
                if (gaeldende.ContainsKey((a, k)))
                {
                    erstattet++;
                }

                gaeldende[(a, k)] = new Benchmarkraekke(a, k, fa, fo, kontrol.Tekst(faktisk), kontrol.Tekst(forventet));
            }
        }

        List<Benchmarkraekke> raekker = [.. gaeldende.Values];
        raekker.Sort(static (x, y) => x.Aar != y.Aar ? x.Aar.CompareTo(y.Aar) : x.Kommune.CompareTo(y.Kommune));
        return raekker;
    }
}
