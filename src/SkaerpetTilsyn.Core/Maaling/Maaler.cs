using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tid;

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
        var periode = Maaleperiode.FraTilOgMed(fra, til);
        Taellere = new Maanedstaellere(periode);
        PassivMaaned = passivMaaned;

        // SPEC §3.5: nothing after the last measurement day is looked at.
        _horisont = til.ToDateInterval().End;
        _personmaaler = new Personmaaler(regler);
        _maaneder = new YearMonth[periode.Antal];
        _foersteDag = new int[periode.Antal];
        _sidsteDag = new int[periode.Antal];
        int i = 0;
        foreach (var maaned in periode)
        {
            _maaneder[i] = maaned;
            _foersteDag[i] = Dag.FoersteDag(maaned);
            _sidsteDag[i] = Dag.SidsteDag(maaned);
            i++;
        }
    }

    /// <summary>A measurer of the annual opgørelse of <paramref name="aar"/>: January–December, December as the passivsager's month (SPEC §5).</summary>
    public static Maaler ForAar(Regelsaet regler, int aar)
    {
        var aaret = Maaleperiode.Aar(aar);
        return new(regler, aaret.Fra, aaret.Til, aaret.Til);
    }

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
