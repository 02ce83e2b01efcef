using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Kommuner;

/// <summary>SPEC §8.6: which kommuner an opgørelse or a monitoring run reports.</summary>
internal static class RapporteredeKommuner
{
    /// <summary>Those with a benchmark row, those with a målgruppe in some month of <paramref name="maaneder"/>, and those whose status is not <c>ingen</c>; sorted by code.</summary>
    /// <remarks>A status of <c>ingen</c> alone does not make a kommune reported.</remarks>
    public static List<int> For(Maanedstaellere taellere, Maaleperiode maaneder, IEnumerable<int> medBenchmark, IEnumerable<Kommunestatus> status)
    {
        var kommuner = new SortedSet<int>(medBenchmark);
        foreach (var s in status)
        {
            if (s.Status != Tilsynsstatus.Ingen)
            {
                kommuner.Add(s.Kommune);
            }
        }

        foreach (var kommune in Kommuneliste.Alle)
        {
            if (HarMaalgruppe(taellere, kommune.Kode, maaneder))
            {
                kommuner.Add(kommune.Kode);
            }
        }

        return [.. kommuner];
    }

    private static bool HarMaalgruppe(Maanedstaellere taellere, int kommune, Maaleperiode maaneder)
    {
        foreach (var maaned in maaneder)
        {
            if (taellere.HentAlle(kommune, taellere.Indeks(maaned)).Maalgruppe > 0)
            {
                return true;
            }
        }

        return false;
    }
}
