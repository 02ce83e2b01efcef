using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Internals;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Measures persons, one at a time, in every month of a period and adds them to the counters (SPEC §4).</summary>
/// <remarks>Memory does not grow with the number of persons except for the passive candidates of <see cref="PassivMaaned"/>.</remarks>
public sealed class Maaler
{
    private readonly Personmaaler _personmaaler;
    private readonly List<Passivkandidat> _passivkandidater = [];
    private readonly LocalDate _horisont;
    private readonly YearMonth[] _maaneder;
    private readonly int[] _foersteDag;
    private readonly int[] _sidsteDag;

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
        _maaneder = new YearMonth[antal];
        _foersteDag = new int[antal];
        _sidsteDag = new int[antal];
        for (int i = 0; i < antal; i++)
        {
            _maaneder[i] = fra.PlusMonths(i);
            _foersteDag[i] = Dag.FoersteDag(_maaneder[i]);
            _sidsteDag[i] = Dag.SidsteDag(_maaneder[i]);
        }
    }

    /// <summary>A measurer of the annual opgørelse of <paramref name="aar"/>: January–December, December as the passivsager's month (SPEC §5).</summary>
    public static Maaler ForAar(Regelsaet regler, int aar) => new(regler, new YearMonth(aar, 1), new YearMonth(aar, 12), new YearMonth(aar, 12));

    public Regelsaet Regler { get; }

    public Maanedstaellere Taellere { get; }

    public YearMonth? PassivMaaned { get; }

    public IReadOnlyList<Passivkandidat> Passivkandidater => _passivkandidater;

    public void MaalPerson(Persondata person)
    {
        _personmaaler.Forbered(person, _horisont);
        for (int i = 0; i < _maaneder.Length; i++)
        {
            var maaned = _maaneder[i];
            if (_personmaaler.Maal(maaned, _foersteDag[i], _sidsteDag[i], out var m) != Maalestatus.IMaalgruppe)
            {
                continue;
            }

            Taellere.Tael(i, m);
            if (maaned == PassivMaaned && (m.UdenIndsats || m.FaaSamtaler))
            {
                _passivkandidater.Add(new Passivkandidat(person.PersonId, m));
            }
        }
    }
}
