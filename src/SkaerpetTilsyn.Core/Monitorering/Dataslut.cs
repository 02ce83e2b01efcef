using NodaTime;
using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Where the input data end: the latest date on any person row, so a monitoring run can refuse months the data do not cover.</summary>
public sealed class Dataslut
{
    private LocalDate _sidste = LocalDate.MinIsoValue;
    private bool _fundet;

    /// <summary>The latest date seen so far; null before any row.</summary>
    public LocalDate? Sidste => _fundet ? _sidste : null;

    /// <summary>The latest <c>fra</c>, <c>til</c> or <c>dato</c> over all person rows, open-ended <c>til</c> ignored; null when there are no rows.</summary>
    public static LocalDate? SidsteDato(IEnumerable<Persondata> personer)
    {
        ArgumentNullException.ThrowIfNull(personer);
        var slut = new Dataslut();
        foreach (var p in personer)
        {
            slut.Se(p);
        }

        return slut.Sidste;
    }

    /// <summary>Takes one person's rows into account (called per person while streaming).</summary>
    public void Se(Persondata p)
    {
        ArgumentNullException.ThrowIfNull(p);
        foreach (var y in p.Ydelser)
        {
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
        _fundet = true;
        var d = til == Datoer.Aaben ? fra : til;
        if (d > _sidste)
        {
            _sidste = d;
        }
    }
}
