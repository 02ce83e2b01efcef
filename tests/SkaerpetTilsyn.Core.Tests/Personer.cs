using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Tests;

/// <summary>Small synthetic persons for the rule tests.</summary>
internal static class Personer
{
    /// <summary>A person on kontanthjælp in <paramref name="kommune"/> from <paramref name="fra"/>, open-ended.</summary>
    public static Persondata PaaYdelse(string id, int kommune, LocalDate fra)
    {
        var p = new Persondata();
        p.Nulstil(id);
        p.Ydelser.Add(new Ydelsesperiode(fra, Datoer.Aaben, Ydelse.Kontanthjaelp, kommune));
        return p;
    }

    /// <summary>A data period from <paramref name="start"/> to <paramref name="slut"/>, as one closed benefit period would give it.</summary>
    public static Dataperiode Periode(LocalDate start, LocalDate slut)
    {
        var p = new Persondata();
        p.Nulstil("periode");
        p.Ydelser.Add(new Ydelsesperiode(start, slut, Ydelse.Kontanthjaelp, 101));
        var periode = new Dataperiode();
        periode.Se(p);
        return periode;
    }

    /// <summary>Persons in two kommuner with forløb, samtaler and tilbud spread over 2021–2023, so the monthly shares vary.</summary>
    public static List<Persondata> Blandet(int antal, int seed)
    {
        var rnd = new Random(seed);
        var personer = new List<Persondata>(antal);
        var start = new LocalDate(2020, 1, 1);
        for (int i = 0; i < antal; i++)
        {
            var p = PaaYdelse($"P{i:D3}", i % 2 == 0 ? 101 : 147, start.PlusDays(rnd.Next(0, 1000)));
            for (int s = rnd.Next(0, 12); s > 0; s--)
            {
                p.Samtaler.Add(new Samtale(start.PlusDays(rnd.Next(0, 1460)), SamtaleType.Jobsamtale, SamtaleForm.Personligt));
            }

            if (rnd.Next(3) == 0)
            {
                var fra = start.PlusDays(rnd.Next(0, 1400));
                p.Tilbud.Add(new Tilbud(fra, fra.PlusDays(30), TilbudType.Virksomhedspraktik));
            }

            personer.Add(p);
        }

        return personer;
    }
}
