using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Tests.Forklaring;

/// <summary>Random but reproducible persons with overlapping benefit rows, gaps, ydelsesskift, dead and other fritagelser, § 91 offers and remote first jobsamtaler.</summary>
internal static class Tilfaeldigepersoner
{
    public static readonly int[] Kommuner = [101, 147, 151, 153];

    private static readonly LocalDate s_start = new(2020, 6, 1);

    public static List<Persondata> Lav(int antal, int seed)
    {
        var r = new Random(seed);
        var personer = new List<Persondata>(antal);
        for (int i = 0; i < antal; i++)
        {
            var p = new Persondata();
            p.Nulstil($"p{i:D4}");
            int kommune = Kommuner[r.Next(Kommuner.Length)];
            var fra = Dato(r, 0, 900);
            for (int n = r.Next(1, 5); n > 0; n--)
            {
                var til = fra.PlusDays(r.Next(20, 700));
                bool aaben = r.Next(6) == 0;
                p.Ydelser.Add(new Ydelsesperiode(fra, aaben ? Datoer.Aaben : til, (Ydelse)r.Next(8), r.Next(5) == 0 ? Kommuner[r.Next(Kommuner.Length)] : kommune));
                fra = til.PlusDays(r.Next(-60, 90));
            }

            for (int n = r.Next(0, 14); n > 0; n--)
            {
                p.Samtaler.Add(new Samtale(Dato(r, 200, 1300), (SamtaleType)r.Next(2), (SamtaleForm)r.Next(3)));
            }

            for (int n = r.Next(0, 4); n > 0; n--)
            {
                var t = Dato(r, 200, 1300);
                p.Tilbud.Add(new Tilbud(t, r.Next(8) == 0 ? Datoer.Aaben : t.PlusDays(r.Next(0, 120)), (TilbudType)r.Next(5)));
            }

            for (int n = r.Next(0, 6); n > 0; n--)
            {
                var t = Dato(r, 200, 1300);
                p.Timer.Add(new Timeperiode(t, r.Next(10) == 0 ? Datoer.Aaben : t.PlusDays(r.Next(0, 31)), r.Next(5, 90) + (r.Next(2) * 0.5m)));
            }

            for (int n = r.Next(0, 3); n > 0; n--)
            {
                var t = Dato(r, 0, 1300);
                p.Fritagelser.Add(new Fritagelse(t, r.Next(10) == 0 ? Datoer.Aaben : t.PlusDays(r.Next(0, 200)), (FritagelseAarsag)r.Next(3)));
            }

            personer.Add(p);
        }

        return personer;
    }

    private static LocalDate Dato(Random r, int fra, int til) => s_start.PlusDays(r.Next(fra, til));
}
