using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Tests.TestData;

/// <summary>Fills monthly counters from a compact text: tokens <c>MM:maalgruppe/uden/faa</c> (month of <c>aar</c>) or <c>*:…</c> for all 12 months; a later token replaces an earlier one for the same month.</summary>
internal static class Taellinger
{
    public static void Fyld(Maanedstaellere taellere, int aar, string spec, int kommune = 101, Ydelse ydelse = Ydelse.Kontanthjaelp)
    {
        var maaneder = new Dictionary<int, (int Mg, int Uden, int Faa)>();
        foreach (string token in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] dele = token.Split(':');
            int[] tal = dele[1].Split('/').Select(int.Parse).ToArray();
            IEnumerable<int> hvilke = dele[0] == "*" ? Enumerable.Range(1, 12) : [int.Parse(dele[0])];
            foreach (int m in hvilke)
            {
                maaneder[m] = (tal[0], tal[1], tal[2]);
            }
        }

        foreach (var (m, (mg, uden, faa)) in maaneder)
        {
            Fyld(taellere, new YearMonth(aar, m), mg, uden, faa, kommune, ydelse);
        }
    }

    public static void Fyld(Maanedstaellere taellere, YearMonth maaned, int maalgruppe, int uden, int faa, int kommune = 101, Ydelse ydelse = Ydelse.Kontanthjaelp)
    {
        for (int i = 0; i < maalgruppe; i++)
        {
            taellere.Tael(taellere.Indeks(maaned), new Personmaaling(maaned, kommune, ydelse, default, 365, default, 0, 0, 0, i < uden, i < faa));
        }
    }
}
