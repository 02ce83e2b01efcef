using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Forloeb;

/// <summary>Builds one person's day status, dead days and ydelsesforløb up to a horizon (SPEC §3).</summary>
/// <remarks>Reused from person to person; holds intervals, never per-day arrays.</remarks>
internal sealed class Forloebsbygger
{
    private static readonly Comparison<Raekke> s_prioritet = (x, y) =>
    {
        // Ascending priority: latest fra wins, then latest til (open counts as latest), then first in
        // the code list, then the lowest kommune code (SPEC §3.1, §8.3).
        int c = x.Fra.CompareTo(y.Fra);
        if (c != 0)
        {
            return c;
        }

        c = x.Til.CompareTo(y.Til);
        if (c != 0)
        {
            return c;
        }

        c = y.Ydelse.CompareTo(x.Ydelse);
        return c != 0 ? c : y.Kommune.CompareTo(x.Kommune);
    };

    private readonly Regelsaet _regler;
    private readonly List<Raekke> _raekker = [];
    private readonly List<int> _stak = [];
    private readonly Intervalsaet _ikkeDoedeFritagelser = new();

    public Forloebsbygger(Regelsaet regler)
    {
        _regler = regler;
        Noegle = Forloebsnoegle.For(regler);
    }

    /// <summary>The forløb keys it builds by: any rule set with these keys may measure what it builds.</summary>
    public Forloebsnoegle Noegle { get; }

    /// <summary>Benefit status runs, merged when ydelse and kommune stay the same, in date order.</summary>
    public List<Statusperiode> Perioder { get; } = [];

    public List<Forloebsstart> Forloeb { get; } = [];

    /// <summary>Days covered by a fritagelse whose aarsag is dead (SPEC §3.2).</summary>
    public Intervalsaet Doede { get; } = new();

    /// <summary>Days covered by a non-dead fritagelse that are not dead days (the numerator of the fritagelse share, SPEC §4).</summary>
    public Intervalsaet Fritaget { get; } = new();

    /// <summary>Builds everything from <paramref name="person"/>'s rows, ignoring days after <paramref name="horisont"/> (no look-ahead, SPEC §3.5).</summary>
    public void Byg(Persondata person, int horisont)
    {
        BygFritagelser(person, horisont);
        BygStatus(person, horisont);
        BygForloeb();
    }

    /// <summary>The index in <paramref name="ydelser"/> of the row that gives the day status on <paramref name="dag"/> (SPEC §3.1 with the ties of §8.3), or -1 when no row covers it.</summary>
    public static int Dagsstatusraekke(List<Ydelsesperiode> ydelser, int dag)
    {
        ArgumentNullException.ThrowIfNull(ydelser);
        int vinder = -1;
        Raekke bedst = default;
        for (int i = 0; i < ydelser.Count; i++)
        {
            var y = ydelser[i];
            var r = new Raekke(Dag.Nr(y.Fra), Dag.Nr(y.Til), y.Ydelse, y.Kommune);
            if (r.Fra <= dag && r.Til >= dag && (vinder < 0 || s_prioritet(r, bedst) > 0))
            {
                vinder = i;
                bedst = r;
            }
        }

        return vinder;
    }

    private void BygFritagelser(Persondata person, int horisont)
    {
        Doede.Nulstil();
        _ikkeDoedeFritagelser.Nulstil();
        foreach (var f in person.Fritagelser)
        {
            int fra = Dag.Nr(f.Fra);
            int til = Math.Min(Dag.Nr(f.Til), horisont);
            if (_regler.ErDoed(f.Aarsag))
            {
                Doede.Tilfoej(fra, til);
            }
            else
            {
                _ikkeDoedeFritagelser.Tilfoej(fra, til);
            }
        }

        Doede.Byg();
        _ikkeDoedeFritagelser.Byg();
        Fritaget.BygDifferens(_ikkeDoedeFritagelser, Doede);
    }

    private void BygStatus(Persondata person, int horisont)
    {
        Perioder.Clear();
        _raekker.Clear();
        foreach (var r in person.Ydelser)
        {
            int fra = Dag.Nr(r.Fra);
            if (fra <= horisont)
            {
                _raekker.Add(new Raekke(fra, Dag.Nr(r.Til), r.Ydelse, r.Kommune));
            }
        }

        _raekker.Sort(s_prioritet);

        // Sweep: rows are pushed in ascending priority, so the top of the stack that still covers
        // day t is the winning row; rows that ended are dropped when they surface.
        _stak.Clear();
        int i = 0;
        int n = _raekker.Count;
        int t = n > 0 ? _raekker[0].Fra : int.MaxValue;
        while (t <= horisont)
        {
            while (i < n && _raekker[i].Fra <= t)
            {
                _stak.Add(i++);
            }

            while (_stak.Count > 0 && _raekker[_stak[^1]].Til < t)
            {
                _stak.RemoveAt(_stak.Count - 1);
            }

            int naeste = i < n ? _raekker[i].Fra : int.MaxValue;
            if (_stak.Count == 0)
            {
                t = naeste;
                continue;
            }

            var vinder = _raekker[_stak[^1]];
            if (vinder.Til < naeste - 1)
            {
                naeste = vinder.Til + 1;
            }

            TilfoejPeriode(t, Math.Min(naeste - 1, horisont), vinder.Ydelse, vinder.Kommune);
            t = naeste;
        }
    }

    private void TilfoejPeriode(int fra, int til, Ydelse ydelse, int kommune)
    {
        if (Perioder.Count > 0)
        {
            var sidste = Perioder[^1];
            if (sidste.Til + 1 == fra && sidste.Ydelse == ydelse && sidste.Kommune == kommune)
            {
                Perioder[^1] = sidste with { Til = til };
                return;
            }
        }

        Perioder.Add(new Statusperiode(fra, til, ydelse, kommune, -1));
    }

    // SPEC §3.3: a forløb starts on the first day of a benefit status and runs while the same ydelse continues; gap days that
    // do not break it belong to it.
    private void BygForloeb()
    {
        Forloeb.Clear();
        for (int i = 0; i < Perioder.Count; i++)
        {
            var p = Perioder[i];
            Brudaarsag? brud = i == 0 ? Brudaarsag.Foerste : Brud(Perioder[i - 1], p);
            if (brud is { } aarsag)
            {
                Forloeb.Add(new Forloebsstart(p.Fra, p.Ydelse, aarsag));
            }

            Perioder[i] = p with { Forloeb = Forloeb.Count - 1 };
        }
    }

    private Brudaarsag? Brud(Statusperiode forrige, Statusperiode naeste)
    {
        int pauseFra = forrige.Til + 1;
        int pauseTil = naeste.Fra - 1;
        if (pauseTil >= pauseFra && PausenBryder(pauseFra, pauseTil))
        {
            return Brudaarsag.Pause;
        }

        // SPEC §8.3: the continuing pairs apply between consecutive statuses, across a gap too.
        if (forrige.Ydelse != naeste.Ydelse && !_regler.Fortsaetter(forrige.Ydelse, naeste.Ydelse))
        {
            return Brudaarsag.Ydelsesskift;
        }

        return null;
    }

    /// <summary>SPEC §3.3: whether the gap [<paramref name="fra"/>, <paramref name="til"/>] breaks the forløb.</summary>
    private bool PausenBryder(int fra, int til) => _regler.ForloebBrud switch
    {
        ForloebBrud.HelKalendermaaned => HarHelKalendermaaned(fra, til),

        // A run of more than max_gap_dage days that are neither benefit nor dead days.
        ForloebBrud.Dage => Doede.HarUdaekketLoebOver(fra, til, _regler.MaxGapDage),
        _ => ThrowHelper.UnknownValue<bool>(_regler.ForloebBrud),
    };

    private bool HarHelKalendermaaned(int fra, int til)
    {
        // [interpretation, STAR Q&A 16 Jan 2020] only a whole calendar month (1st to last day)
        // without benefit and without dead days breaks the forløb.
        var dato = Dag.Dato(fra);
        var maaned = dato.ToYearMonth();
        if (dato.Day != 1)
        {
            maaned = maaned.PlusMonths(1);
        }

        for (; Dag.SidsteDag(maaned) <= til; maaned = maaned.PlusMonths(1))
        {
            if (Doede.Antal(Dag.FoersteDag(maaned), Dag.SidsteDag(maaned)) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Raekke(int Fra, int Til, Ydelse Ydelse, int Kommune);
}
