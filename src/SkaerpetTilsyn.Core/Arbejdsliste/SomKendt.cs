using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Arbejdsliste;

/// <summary>SPEC §12 "if nothing new happens": a person's rows as known on day C, with the benefit the person has on C assumed to go on to the horizon's end.</summary>
/// <remarks>
/// Applied to each person as the reader streams them: the rows are filtered into one buffer reused from person to person,
/// so the truncation allocates nothing per person and never copies the data set.
/// </remarks>
public sealed class SomKendt
{
    private readonly Persondata _kendt = new();
    private readonly int _kendtTil;

    /// <param name="kendtTil">C: the last day whose rows are known.</param>
    /// <param name="horisontSlut">The horizon's last day, which the row giving the day status on C is stretched to.</param>
    /// <exception cref="ArgumentException"><paramref name="horisontSlut"/> is before <paramref name="kendtTil"/>.</exception>
    public SomKendt(LocalDate kendtTil, LocalDate horisontSlut)
    {
        if (horisontSlut < kendtTil)
        {
            throw new ArgumentException("Horisonten slutter før den dag, data kendes til.", nameof(horisontSlut));
        }

        KendtTil = kendtTil;
        HorisontSlut = horisontSlut;
        _kendtTil = Dag.Nr(kendtTil);
    }

    /// <summary>C.</summary>
    public LocalDate KendtTil { get; }

    public LocalDate HorisontSlut { get; }

    /// <summary>The rows of <paramref name="person"/> as known on C; the object returned is reused by the next call.</summary>
    public Persondata Afgraens(Persondata person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var k = _kendt;
        k.Nulstil(person.PersonId);
        var c = KendtTil;

        // The day status on C is judged on the person's own rows before any is cut: rows with fra > C cannot cover C anyway.
        int fortsaetter = Forloebsbygger.Dagsstatusraekke(person.Ydelser, _kendtTil);
        for (int i = 0; i < person.Ydelser.Count; i++)
        {
            var y = person.Ydelser[i];
            if (y.Fra > c)
            {
                continue;
            }

            // An open til stays open; a til past the horizon is already long enough.
            k.Ydelser.Add(i == fortsaetter && y.Til < HorisontSlut ? y with { Til = HorisontSlut } : y);
        }

        foreach (var s in person.Samtaler)
        {
            if (s.Dato <= c)
            {
                k.Samtaler.Add(s);
            }
        }

        // A tilbud or fritagelse that started by C runs on as registered: it is a decision already taken.
        foreach (var t in person.Tilbud)
        {
            if (t.Fra <= c)
            {
                k.Tilbud.Add(t);
            }
        }

        foreach (var f in person.Fritagelser)
        {
            if (f.Fra <= c)
            {
                k.Fritagelser.Add(f);
            }
        }

        // Hours are known when their pay period has ended by C; an open til is later than C (and never counts anyway, SPEC §8.2).
        foreach (var t in person.Timer)
        {
            if (t.Til <= c)
            {
                k.Timer.Add(t);
            }
        }

        return k;
    }
}
