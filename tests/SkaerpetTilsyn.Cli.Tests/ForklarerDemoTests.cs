using NodaTime;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>forklar's answer for every person of the demo set, summed per kommune, equals the opgørelse's monthly counts.</summary>
public class ForklarerDemoTests
{
    private static readonly Lazy<Inddata> s_demo = new(() => Indlaeser.Laes(Repo.Demo, new Indlaesningsvalg()));

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Forklar_HverDemopersonIMaaneden_SummererTilMaanedstaellerne(int maanedNr)
    {
        var regler = Regelsaet.Bek301_2023;
        var maaler = new Maaler(regler, new YearMonth(2023, 1), new YearMonth(2023, 12), null);
        foreach (var p in s_demo.Value.Personer)
        {
            maaler.MaalPerson(p);
        }

        var maaned = new YearMonth(2023, maanedNr);
        var forklarer = new Forklarer(regler);
        var egne = new Dictionary<(int, Ydelse), (int, int, int)>();
        foreach (var p in s_demo.Value.Personer)
        {
            if (forklarer.Forklar(p, maaned).Maaling is { } m)
            {
                var (a, b, c) = egne.GetValueOrDefault((m.Kommune, m.Ydelse));
                egne[(m.Kommune, m.Ydelse)] = (a + 1, b + (m.UdenIndsats ? 1 : 0), c + (m.FaaSamtaler ? 1 : 0));
            }
        }

        egne.Values.Sum(v => v.Item1).Should().BeGreaterThan(0);
        foreach (var k in Kommuneliste.Alle)
        {
            foreach (var y in Koder.AlleYdelser)
            {
                var t = maaler.Taellere.Hent(k.Kode, maanedNr - 1, y);
                egne.GetValueOrDefault((k.Kode, y)).Should().Be((t.Maalgruppe, t.UdenIndsats, t.FaaSamtaler), $"{k.Kode} {Koder.Kode(y)}");
            }
        }
    }
}
