using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>The monthly counts of SPEC §4 per (kommune, month, ydelse) over a run of months; <c>alle</c> is the sum over ydelser.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class Maanedstaellere
{
    /// <summary>Kommune codes are below this (three digits).</summary>
    internal const int Kommunekoder = 1000;
    private const int Felter = 5;
    private static readonly int s_ydelser = Koder.AlleYdelser.Count;

    private readonly int[] _taal;

    internal Maanedstaellere(Maaleperiode periode)
    {
        Periode = periode;
        _taal = new int[Kommunekoder * periode.Antal * s_ydelser * Felter];
    }

    /// <summary>The months counted.</summary>
    public Maaleperiode Periode { get; }

    /// <summary>The index of <paramref name="maaned"/> that <see cref="Hent(int, int, Ydelse)"/> and <see cref="HentAlle"/> take.</summary>
    public int Indeks(YearMonth maaned) => Periode.Indeks(maaned);

    /// <summary>Counts <paramref name="m"/> in month <paramref name="maanedIndeks"/> (the caller knows it, saving the date arithmetic).</summary>
    internal void Tael(int maanedIndeks, in Personmaaling m)
    {
        int i = Celle(m.Kommune, maanedIndeks, m.Ydelse);
        _taal[i]++;
        _taal[i + 1] += m.UdenIndsats ? 1 : 0;
        _taal[i + 2] += m.FaaSamtaler ? 1 : 0;
        _taal[i + 3] += m.TilbudIVindue > 0 ? 1 : 0;
        _taal[i + 4] += m.FaaSamtaler ? 0 : 1;
    }

    public Taelling Hent(int kommune, int maanedIndeks, Ydelse ydelse)
    {
        int i = Celle(kommune, maanedIndeks, ydelse);
        return new Taelling(_taal[i], _taal[i + 1], _taal[i + 2], _taal[i + 3], _taal[i + 4]);
    }

    /// <summary>The counts over all ydelser.</summary>
    public Taelling HentAlle(int kommune, int maanedIndeks)
    {
        int m = 0, u = 0, f = 0, t = 0, s = 0;
        for (int y = 0; y < s_ydelser; y++)
        {
            var c = Hent(kommune, maanedIndeks, (Ydelse)y);
            m += c.Maalgruppe;
            u += c.UdenIndsats;
            f += c.FaaSamtaler;
            t += c.MedTilbud;
            s += c.MedFireSamtaler;
        }

        return new Taelling(m, u, f, t, s);
    }

    public Taelling Hent(int kommune, int maanedIndeks, Ydelse? ydelse) =>
        ydelse is { } y ? Hent(kommune, maanedIndeks, y) : HentAlle(kommune, maanedIndeks);

    private int Celle(int kommune, int maanedIndeks, Ydelse ydelse) =>
        ((((kommune * Periode.Antal) + maanedIndeks) * s_ydelser) + (int)ydelse) * Felter;
}
