using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Internals;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Measures one person month by month against the two fokusmål (SPEC §4).</summary>
/// <remarks>
/// Reused from person to person: <see cref="Forbered"/> once per person, then <see cref="Maal(YearMonth, out Personmaaling)"/>
/// per month in any order. <see cref="Forbered"/> turns the rows into day numbers once, sorted, with running sums,
/// so a month costs a few binary searches rather than a pass over the person's rows.
/// </remarks>
internal sealed class Personmaaler
{
    private static readonly Comparison<SamtaleDag> s_samtaleOrden = (x, y) =>
    {
        // Date, then form order, so the first jobsamtale found from a date is the one SPEC §8.5 means.
        int c = x.Dag.CompareTo(y.Dag);
        return c != 0 ? c : x.Form.CompareTo(y.Form);
    };

    private static readonly Comparison<(int Til, decimal Timer)> s_timeOrden = (x, y) => x.Til.CompareTo(y.Til);

    private readonly Regelsaet _regler;
    private readonly Forloebsbygger _bygger;
    private readonly int? _p91Fra;
    private readonly int? _personligtFra;
    private readonly List<SamtaleDag> _samtaler = [];
    private readonly List<(int Til, decimal Timer)> _timer = [];

    // _timerFoer[i]: hours of the rows before index i in _timer (by til).
    private readonly List<decimal> _timerFoer = [];
    private readonly List<TilbudDag> _tilbud = [];

    // Per forløb: index of its first jobsamtale when that one does not count, -1 when it counts or there is none, -2 not yet known.
    private readonly List<int> _udelukketFoerste = [];

    public Personmaaler(Regelsaet regler)
    {
        _regler = regler;
        _bygger = new Forloebsbygger(regler);
        _p91Fra = regler.P91UdelukketFra is { } p ? Dag.Nr(p) : null;
        _personligtFra = regler.FoersteJobsamtalePersonligtFra is { } f ? Dag.Nr(f) : null;
    }

    public Forloebsbygger Bygger => _bygger;

    public void Forbered(Persondata person, LocalDate horisont)
    {
        _bygger.Byg(person, Dag.Nr(horisont));

        _samtaler.Clear();
        foreach (var s in person.Samtaler)
        {
            _samtaler.Add(new SamtaleDag(Dag.Nr(s.Dato), s.Type, s.Form));
        }

        _samtaler.Sort(s_samtaleOrden);

        _timer.Clear();
        foreach (var t in person.Timer)
        {
            _timer.Add((Dag.Nr(t.Til), t.Timer));
        }

        _timer.Sort(s_timeOrden);
        _timerFoer.Clear();
        decimal sum = 0;
        foreach (var (_, timer) in _timer)
        {
            _timerFoer.Add(sum);
            sum += timer;
        }

        _timerFoer.Add(sum);

        _tilbud.Clear();
        foreach (var t in person.Tilbud)
        {
            _tilbud.Add(new TilbudDag(Dag.Nr(t.Fra), Dag.Nr(t.Til), t.Type));
        }

        _udelukketFoerste.Clear();
        for (int i = 0; i < _bygger.Forloeb.Count; i++)
        {
            _udelukketFoerste.Add(-2);
        }
    }

    public Maalestatus Maal(YearMonth maaned, out Personmaaling maaling) =>
        Maal(maaned, Dag.FoersteDag(maaned), Dag.SidsteDag(maaned), out maaling);

    /// <summary>Measures the month <paramref name="maaned"/>, whose first and last day numbers the caller already has.</summary>
    public Maalestatus Maal(YearMonth maaned, int foerste, int d, out Personmaaling maaling)
    {
        maaling = default;
        var perioder = _bygger.Perioder;

        // b: the last day of the month with benefit status; the person counts where and as what they were on b.
        int j = SidstePeriodeFra(d);
        if (j < 0 || perioder[j].Til < foerste)
        {
            return Maalestatus.IngenYdelse;
        }

        var periode = perioder[j];
        var doede = _bygger.Doede;
        if (doede.Indeholder(d))
        {
            return Maalestatus.DoedDag;
        }

        int start = _bygger.Forloeb[periode.Forloeb].Start;
        int taellede = d - start + 1 - doede.Antal(start, d);
        if (taellede < _regler.MinForloebDage)
        {
            return Maalestatus.ForKortForloeb;
        }

        // [interpretation] the fritagelse share is over the whole forløb up to D; compared exactly.
        int fritaget = _bygger.Fritaget.Antal(start, d);
        if (fritaget >= _regler.FritagelseMaxAndel * taellede)
        {
            return Maalestatus.Fritaget;
        }

        int w = taellede >= _regler.VindueDage
            ? doede.StartForUdaekkedeDage(d, _regler.VindueDage)
            : doede.FoersteUdaekkedeFra(start);

        int tilbud = TaelTilbud(w, d, periode.Ydelse);
        decimal timer = _timerFoer[FoersteTimeEfter(d)] - _timerFoer[FoersteTimeEfter(w - 1)];
        int samtaler = TaelSamtaler(w, d, periode.Forloeb);
        maaling = new Personmaaling(
            maaned,
            periode.Kommune,
            periode.Ydelse,
            Dag.Dato(start),
            taellede,
            Dag.Dato(w),
            tilbud,
            timer,
            samtaler,
            UdenIndsats: tilbud == 0 && timer < _regler.MinTimer,
            FaaSamtaler: samtaler < _regler.MinSamtaler);
        return Maalestatus.IMaalgruppe;
    }

    /// <summary>Whether a tilbud counts for fokusmål 1: § 91 offers from the cut-off only for the exempt ydelser.</summary>
    public bool TilbudTaeller(Tilbud tilbud, Ydelse ydelseIMaaneden) =>
        TilbudTaeller(new TilbudDag(Dag.Nr(tilbud.Fra), Dag.Nr(tilbud.Til), tilbud.Type), ydelseIMaaneden);

    /// <summary>The index in the date-sorted samtaler of the first jobsamtale from <paramref name="forloebStart"/> when it does not count, else -1.</summary>
    public int IkkeTaellendeFoersteJobsamtale(int forloebStart)
    {
        if (_personligtFra is not { } cutoff)
        {
            return -1;
        }

        for (int i = FoersteSamtaleFra(forloebStart); i < _samtaler.Count; i++)
        {
            var s = _samtaler[i];
            if (s.Type == SamtaleType.Jobsamtale)
            {
                return s.Dag >= cutoff && s.Form != SamtaleForm.Personligt ? i : -1;
            }
        }

        return -1;
    }

    private bool TilbudTaeller(TilbudDag tilbud, Ydelse ydelseIMaaneden)
    {
        if (tilbud.Type != TilbudType.OevrigVejledning || _p91Fra is not { } cutoff || tilbud.Fra < cutoff)
        {
            return true;
        }

        int j = SidstePeriodeFra(tilbud.Fra);
        var ydelse = j >= 0 && _bygger.Perioder[j].Til >= tilbud.Fra ? _bygger.Perioder[j].Ydelse : ydelseIMaaneden;
        return _regler.ErP91Undtaget(ydelse);
    }

    private int TaelTilbud(int w, int d, Ydelse ydelseIMaaneden)
    {
        int antal = 0;
        foreach (var t in _tilbud)
        {
            if (t.Fra <= d && t.Til >= w && TilbudTaeller(t, ydelseIMaaneden))
            {
                antal++;
            }
        }

        return antal;
    }

    private int TaelSamtaler(int w, int d, int forloeb)
    {
        int fra = FoersteSamtaleFra(w);
        int til = FoersteSamtaleFra(d + 1);
        int udelukket = _udelukketFoerste[forloeb];
        if (udelukket == -2)
        {
            udelukket = IkkeTaellendeFoersteJobsamtale(_bygger.Forloeb[forloeb].Start);
            _udelukketFoerste[forloeb] = udelukket;
        }

        return til - fra - (udelukket >= fra && udelukket < til ? 1 : 0);
    }

    /// <summary>The number of hour rows whose til is at most <paramref name="dag"/>.</summary>
    private int FoersteTimeEfter(int dag)
    {
        int lo = 0;
        int hi = _timer.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_timer[mid].Til <= dag)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int FoersteSamtaleFra(int dag)
    {
        int lo = 0;
        int hi = _samtaler.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_samtaler[mid].Dag < dag)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int SidstePeriodeFra(int dag)
    {
        var perioder = _bygger.Perioder;
        int lo = 0;
        int hi = perioder.Count - 1;
        int svar = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (perioder[mid].Fra <= dag)
            {
                svar = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return svar;
    }

    private readonly record struct SamtaleDag(int Dag, SamtaleType Type, SamtaleForm Form);

    private readonly record struct TilbudDag(int Fra, int Til, TilbudType Type);
}
