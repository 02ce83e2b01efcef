using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Arbejdsliste;

/// <summary>The worklist and forecast of SPEC §12 as a computation over persons: each person as known on C, measured in every horizon month.</summary>
/// <remarks>One pass; memory grows only with the persons listed.</remarks>
public sealed class Arbejdslisteberegning : IPersonberegning<Arbejdslisteresultat>
{
    private readonly Regelsaet _regler;
    private readonly SomKendt _somKendt;
    private readonly Personmaaler _personmaaler;
    private readonly Maanedstaellere _taellere;
    private readonly HashSet<int>? _kommuner;
    private readonly YearMonth[] _maaneder;
    private readonly int[] _foersteDag;
    private readonly int[] _sidsteDag;
    private readonly List<Arbejdslisteraekke> _raekker = [];

    // The person's rows in progress, one per kommune listed (under §12 the kommune on C, so in practice one).
    private readonly List<Arbejdslisteraekke> _personens = [];

    /// <param name="regler">The rule set; the same measurement as the opgørelse's.</param>
    /// <param name="fra">The first horizon month (<c>--fra</c>); C is the last day of the month before.</param>
    /// <param name="horisont">The number of horizon months (<c>--horisont</c>, 1–12).</param>
    /// <param name="kommuner">The kommuner to output (<c>--kommune</c>); null for all. Every kommune is measured either way.</param>
    public Arbejdslisteberegning(Regelsaet regler, YearMonth fra, int horisont, IReadOnlyCollection<int>? kommuner = null)
    {
        ArgumentNullException.ThrowIfNull(regler);
        ArgumentOutOfRangeException.ThrowIfLessThan(horisont, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horisont, 12);
        _regler = regler;
        Horisont = new Maaleperiode(fra, horisont);
        KendtTil = fra.PlusMonths(-1).ToDateInterval().End;
        _somKendt = new SomKendt(KendtTil, Horisont.Til.ToDateInterval().End);
        _personmaaler = new Personmaaler(regler);
        _taellere = new Maanedstaellere(Horisont);
        _kommuner = kommuner is null ? null : [.. kommuner];
        _maaneder = new YearMonth[horisont];
        _foersteDag = new int[horisont];
        _sidsteDag = new int[horisont];
        int i = 0;
        foreach (var m in Horisont)
        {
            _maaneder[i] = m;
            _foersteDag[i] = Dag.FoersteDag(m);
            _sidsteDag[i] = Dag.SidsteDag(m);
            i++;
        }
    }

    public Maaleperiode Horisont { get; }

    /// <summary>C: the last day of the month before the horizon.</summary>
    public LocalDate KendtTil { get; }

    public void Tag(Persondata person)
    {
        var kendt = _somKendt.Afgraens(person);
        _personmaaler.Forbered(kendt, _somKendt.HorisontSlut);
        _personens.Clear();
        for (int i = 0; i < _maaneder.Length; i++)
        {
            if (_personmaaler.Maal(_maaneder[i], _foersteDag[i], _sidsteDag[i], out var m) != Maalestatus.IMaalgruppe)
            {
                continue;
            }

            _taellere.Tael(i, m);
            if ((m.UdenIndsats || m.FaaSamtaler) && (_kommuner is null || _kommuner.Contains(m.Kommune)))
            {
                Noter(person.PersonId, m);
            }
        }

        _raekker.AddRange(_personens);
    }

    /// <exception cref="DatagrundlagException">The data end before C (SPEC §9.2, §12), without <c>--tillad-ufuldstaendige-data</c>.</exception>
    public Arbejdslisteresultat Afslut(Beregningsgrundlag grundlag)
    {
        ArgumentNullException.ThrowIfNull(grundlag);
        Datadaekning.KontrollerKendtTil(grundlag, Horisont);
        var prognose = new List<Prognoseraekke>();
        foreach (int kommune in Kommuner())
        {
            int i = 0;
            foreach (var m in Horisont)
            {
                prognose.Add(new Prognoseraekke(kommune, m, _taellere.HentAlle(kommune, i++)));
            }
        }

        return new Arbejdslisteresultat(
            Horisont, KendtTil, _regler, _kommuner is null ? null : [.. _kommuner.Order()], Arbejdslisteraekke.Sorter(_raekker), prognose);
    }

    // SPEC §12: the first horizon month for each fokusmål, with what is missing then; ydelse and forløb of the first listed month.
    private void Noter(string personId, in Personmaaling m)
    {
        int j = _personens.Count - 1;
        while (j >= 0 && _personens[j].Kommune != m.Kommune)
        {
            j--;
        }

        var r = j >= 0 ? _personens[j] : new Arbejdslisteraekke(m.Kommune, personId, m.Ydelse, m.ForloebStart, null, null, null, null);
        if (m.UdenIndsats && r.FoersteMaanedUdenIndsats is null)
        {
            r = r with { FoersteMaanedUdenIndsats = m.Maaned, TimerMangler = _regler.MinTimer - m.TimerIVindue };
        }

        if (m.FaaSamtaler && r.FoersteMaanedFaaSamtaler is null)
        {
            r = r with { FoersteMaanedFaaSamtaler = m.Maaned, SamtalerMangler = _regler.MinSamtaler - m.SamtalerIVindue };
        }

        if (j >= 0)
        {
            _personens[j] = r;
        }
        else
        {
            _personens.Add(r);
        }
    }

    /// <summary>SPEC §12: every kommune with a målgruppe in the horizon, or those of <c>--kommune</c> (with or without one).</summary>
    private IEnumerable<int> Kommuner()
    {
        if (_kommuner is not null)
        {
            return _kommuner.Order();
        }

        var kommuner = new List<int>();
        for (int k = 0; k < Maanedstaellere.Kommunekoder; k++)
        {
            for (int i = 0; i < Horisont.Antal; i++)
            {
                if (_taellere.HentAlle(k, i).Maalgruppe > 0)
                {
                    kommuner.Add(k);
                    break;
                }
            }
        }

        return kommuner;
    }
}
