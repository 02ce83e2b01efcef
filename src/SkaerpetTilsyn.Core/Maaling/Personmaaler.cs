using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Internals;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Measures one person month by month against the two fokusmål (SPEC §4).</summary>
/// <remarks>Reused from person to person: <see cref="Forbered"/> once per person, then <see cref="Maal"/> per month in any order.</remarks>
internal sealed class Personmaaler
{
    private static readonly Comparison<Samtale> s_samtaleOrden = (x, y) =>
    {
        // Date, then form order, so the first jobsamtale found from a date is the one SPEC §8.5 means.
        int c = x.Dato.CompareTo(y.Dato);
        return c != 0 ? c : x.Form.CompareTo(y.Form);
    };

    private static readonly Comparison<Timeperiode> s_timeOrden = (x, y) => x.Til.CompareTo(y.Til);

    private readonly Regelsaet _regler;
    private readonly Forloebsbygger _bygger;
    private readonly List<Samtale> _samtaler = [];
    private readonly List<Timeperiode> _timer = [];
    private readonly int? _p91Fra;
    private readonly int? _personligtFra;
    private List<Tilbud> _tilbud = [];

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
        _samtaler.AddRange(person.Samtaler);
        _samtaler.Sort(s_samtaleOrden);
        _timer.Clear();
        _timer.AddRange(person.Timer);
        _timer.Sort(s_timeOrden);
        _tilbud = person.Tilbud;
    }

    public Maalestatus Maal(YearMonth maaned, out Personmaaling maaling)
    {
        maaling = default;
        int foerste = Dag.FoersteDag(maaned);
        int d = Dag.SidsteDag(maaned);
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
        decimal timer = SumTimer(w, d);
        int samtaler = TaelSamtaler(w, d, start);
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
    public bool TilbudTaeller(Tilbud tilbud, Ydelse ydelseIMaaneden)
    {
        if (tilbud.Type != TilbudType.OevrigVejledning || _p91Fra is not { } cutoff || Dag.Nr(tilbud.Fra) < cutoff)
        {
            return true;
        }

        int fra = Dag.Nr(tilbud.Fra);
        int j = SidstePeriodeFra(fra);
        var ydelse = j >= 0 && _bygger.Perioder[j].Til >= fra ? _bygger.Perioder[j].Ydelse : ydelseIMaaneden;
        return _regler.ErP91Undtaget(ydelse);
    }

    /// <summary>The index in the date-sorted samtaler of the forløb's first jobsamtale when it does not count, else -1.</summary>
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
                return Dag.Nr(s.Dato) >= cutoff && s.Form != SamtaleForm.Personligt ? i : -1;
            }
        }

        return -1;
    }

    private int TaelTilbud(int w, int d, Ydelse ydelseIMaaneden)
    {
        int antal = 0;
        foreach (var t in _tilbud)
        {
            if (Dag.Nr(t.Fra) <= d && Dag.Nr(t.Til) >= w && TilbudTaeller(t, ydelseIMaaneden))
            {
                antal++;
            }
        }

        return antal;
    }

    private decimal SumTimer(int w, int d)
    {
        decimal sum = 0;
        foreach (var t in _timer)
        {
            int til = Dag.Nr(t.Til);
            if (til > d)
            {
                break;
            }

            if (til >= w)
            {
                sum += t.Timer;
            }
        }

        return sum;
    }

    private int TaelSamtaler(int w, int d, int forloebStart)
    {
        int udelukket = IkkeTaellendeFoersteJobsamtale(forloebStart);
        int antal = 0;
        for (int i = FoersteSamtaleFra(w); i < _samtaler.Count && Dag.Nr(_samtaler[i].Dato) <= d; i++)
        {
            if (i != udelukket)
            {
                antal++;
            }
        }

        return antal;
    }

    private int FoersteSamtaleFra(int dag)
    {
        int lo = 0;
        int hi = _samtaler.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Dag.Nr(_samtaler[mid].Dato) < dag)
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
}
