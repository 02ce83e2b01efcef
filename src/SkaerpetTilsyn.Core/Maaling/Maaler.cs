using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Measures persons, one at a time, in every month of a period and adds them to the counters (SPEC §4).</summary>
/// <remarks>Memory does not grow with the number of persons except for the passive candidates of <see cref="PassivMaaned"/>.</remarks>
public sealed class Maaler
{
    private readonly Personmaaler _personmaaler;
    private readonly List<Passivkandidat> _passivkandidater = [];
    private readonly LocalDate _horisont;

    public Maaler(Regelsaet regler, YearMonth fra, YearMonth til, YearMonth? passivMaaned)
    {
        Regler = regler;
        int antal = ((til.Year - fra.Year) * 12) + til.Month - fra.Month + 1;
        if (antal < 1)
        {
            throw new ArgumentException("Perioden slutter før den begynder.", nameof(til));
        }

        Taellere = new Maanedstaellere(fra, antal);
        PassivMaaned = passivMaaned;
        _horisont = til.OnDayOfMonth(til.Calendar.GetDaysInMonth(til.Year, til.Month));
        _personmaaler = new Personmaaler(regler);
    }

    public Regelsaet Regler { get; }

    public Maanedstaellere Taellere { get; }

    public YearMonth? PassivMaaned { get; }

    public IReadOnlyList<Passivkandidat> Passivkandidater => _passivkandidater;

    public void MaalPerson(Persondata person)
    {
        _personmaaler.Forbered(person, _horisont);
        for (int i = 0; i < Taellere.AntalMaaneder; i++)
        {
            var maaned = Taellere.Maaned(i);
            if (_personmaaler.Maal(maaned, out var m) != Maalestatus.IMaalgruppe)
            {
                continue;
            }

            Taellere.Tael(m);
            if (maaned == PassivMaaned && (m.UdenIndsats || m.FaaSamtaler))
            {
                _passivkandidater.Add(new Passivkandidat(person.PersonId, m));
            }
        }
    }
}
