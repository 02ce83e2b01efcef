using NodaTime;
using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Where the input data end: the latest date on any person row, so a monitoring run can refuse months the data do not cover.</summary>
public static class Dataslut
{
    /// <summary>The latest <c>fra</c>, <c>til</c> or <c>dato</c> over all person rows, open-ended <c>til</c> ignored; null when there are no rows.</summary>
    public static LocalDate? SidsteDato(IEnumerable<Persondata> personer)
    {
        ArgumentNullException.ThrowIfNull(personer);
        var sidste = LocalDate.MinIsoValue;
        bool fundet = false;
        foreach (var p in personer)
        {
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

        return fundet ? sidste : null;

        void Se(LocalDate fra, LocalDate til)
        {
            fundet = true;
            var d = til == Datoer.Aaben ? fra : til;
            if (d > sidste)
            {
                sidste = d;
            }
        }
    }
}
