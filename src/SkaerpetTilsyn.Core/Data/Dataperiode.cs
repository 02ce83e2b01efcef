using NodaTime;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>Where the persons' rows begin and end (SPEC §9.2), gathered one person at a time while the data are read.</summary>
public sealed class Dataperiode
{
    private LocalDate _start = LocalDate.MaxIsoValue;
    private LocalDate _slut = LocalDate.MinIsoValue;

    /// <summary>The earliest <c>fra</c> of a used <c>ydelser</c> row; null when there is none.</summary>
    public LocalDate? Start => _start == LocalDate.MaxIsoValue ? null : _start;

    /// <summary>The latest <c>fra</c>, <c>til</c> or <c>dato</c> of any used person row, an open <c>til</c> not counted; null when there are no rows.</summary>
    public LocalDate? Slut => _slut == LocalDate.MinIsoValue ? null : _slut;

    /// <summary>The period of persons already in memory.</summary>
    public static Dataperiode Af(IEnumerable<Persondata> personer)
    {
        ArgumentNullException.ThrowIfNull(personer);
        var periode = new Dataperiode();
        foreach (var p in personer)
        {
            periode.Se(p);
        }

        return periode;
    }

    /// <summary>Takes one person's rows into account.</summary>
    public void Se(Persondata p)
    {
        ArgumentNullException.ThrowIfNull(p);
        foreach (var y in p.Ydelser)
        {
            if (y.Fra < _start)
            {
                _start = y.Fra;
            }

            Se(y.Fra, y.Til);
        }

        foreach (var s in p.Samtaler)
        {
            Se(s.Dato, s.Dato);
        }

        foreach (var t in p.Tilbud)
        {
            Se(t.Fra, t.Til);
        }

        foreach (var t in p.Timer)
        {
            Se(t.Fra, t.Til);
        }

        foreach (var f in p.Fritagelser)
        {
            Se(f.Fra, f.Til);
        }
    }

    private void Se(LocalDate fra, LocalDate til)
    {
        var d = til == Datoer.Aaben ? fra : til;
        if (d > _slut)
        {
            _slut = d;
        }
    }
}
