using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Internals;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Measures one person month by month against the two fokusmål (SPEC §4).</summary>
/// <remarks>Reused from person to person: <see cref="Forbered"/> once per person, then <c>Maal</c> per month in any order.</remarks>
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

    /// <summary>The forløb builder holding the person's status runs, forløb and dead days after <see cref="Forbered"/>.</summary>
    public Forloebsbygger Bygger => _bygger;

    /// <summary>The person's samtaler in date order (same-day ties in form order), as <see cref="VurderSamtale"/> indexes them.</summary>
    public IReadOnlyList<Samtale> Samtaler => _samtaler;

    public Maalestatus Maal(YearMonth maaned, out Personmaaling maaling) => Maal(maaned, out maaling, out _);

    /// <summary>Measures <paramref name="maaned"/> and also returns the intermediate values (<see cref="Maaletrin"/>) the decision used.</summary>
    public Maalestatus Maal(YearMonth maaned, out Personmaaling maaling, out Maaletrin trin)
    {
        maaling = default;
        int foerste = Dag.FoersteDag(maaned);
        int d = Dag.SidsteDag(maaned);
        var perioder = _bygger.Perioder;

        // b: the last day of the month with benefit status; the person counts where and as what they were on b.
        int j = SidstePeriodeFra(d);
        if (j < 0 || perioder[j].Til < foerste)
        {
            trin = new Maaletrin(d, -1, 0, 0, 0, 0);
            return Maalestatus.IngenYdelse;
        }

        var periode = perioder[j];
        var doede = _bygger.Doede;
        int start = _bygger.Forloeb[periode.Forloeb].Start;
        int taellede = d - start + 1 - doede.Antal(start, d);
        int fritaget = _bygger.Fritaget.Antal(start, d);
        int w = taellede >= _regler.VindueDage
            ? doede.StartForUdaekkedeDage(d, _regler.VindueDage)
            : doede.FoersteUdaekkedeFra(start);
        trin = new Maaletrin(d, j, start, taellede, fritaget, w);

        if (doede.Indeholder(d))
        {
            return Maalestatus.DoedDag;
        }

        if (taellede < _regler.MinForloebDage)
        {
            return Maalestatus.ForKortForloeb;
        }

        // [interpretation] the fritagelse share is over the whole forløb up to D; compared exactly.
        if (fritaget >= _regler.FritagelseMaxAndel * taellede)
        {
            return Maalestatus.Fritaget;
        }

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

    /// <summary>Whether a tilbud counts for fokusmål 1 in the window [<paramref name="w"/>, <paramref name="d"/>]: it must overlap the span and not be a § 91 offer that is cut off.</summary>
    public Indsatsvurdering VurderTilbud(Tilbud tilbud, int w, int d, Ydelse ydelseIMaaneden)
    {
        if (Dag.Nr(tilbud.Til) < w)
        {
            return Indsatsvurdering.FoerVindue;
        }

        if (Dag.Nr(tilbud.Fra) > d)
        {
            return Indsatsvurdering.EfterVindue;
        }

        return TilbudTaeller(tilbud, ydelseIMaaneden) ? Indsatsvurdering.Taeller : Indsatsvurdering.P91Udelukket;
    }

    /// <summary>Whether an hour period counts: its <c>til</c> must lie in [<paramref name="w"/>, <paramref name="d"/>]; an open <c>til</c> never does.</summary>
    public static Indsatsvurdering VurderTimer(Timeperiode timer, int w, int d)
    {
        if (timer.Til == Datoer.Aaben)
        {
            return Indsatsvurdering.AabenTil;
        }

        int til = Dag.Nr(timer.Til);
        return til < w ? Indsatsvurdering.FoerVindue : til > d ? Indsatsvurdering.EfterVindue : Indsatsvurdering.Taeller;
    }

    /// <summary>Whether the samtale at <paramref name="indeks"/> of <see cref="Samtaler"/> counts in [<paramref name="w"/>, <paramref name="d"/>], given the index <paramref name="udelukket"/> from <see cref="IkkeTaellendeFoersteJobsamtale"/>.</summary>
    public Indsatsvurdering VurderSamtale(int indeks, int w, int d, int udelukket)
    {
        int dato = Dag.Nr(_samtaler[indeks].Dato);
        if (dato < w)
        {
            return Indsatsvurdering.FoerVindue;
        }

        if (dato > d)
        {
            return Indsatsvurdering.EfterVindue;
        }

        return indeks == udelukket ? Indsatsvurdering.FoersteJobsamtaleIkkePersonligt : Indsatsvurdering.Taeller;
    }

    /// <summary>The ydelse that decides whether a § 91 tilbud starting on <paramref name="fra"/> counts: the status that day, else <paramref name="ydelseIMaaneden"/>.</summary>
    public Ydelse YdelseVedTilbud(LocalDate fra, Ydelse ydelseIMaaneden)
    {
        int dag = Dag.Nr(fra);
        int j = SidstePeriodeFra(dag);
        return j >= 0 && _bygger.Perioder[j].Til >= dag ? _bygger.Perioder[j].Ydelse : ydelseIMaaneden;
    }

    /// <summary>Whether a tilbud counts for fokusmål 1: § 91 offers from the cut-off only for the exempt ydelser.</summary>
    public bool TilbudTaeller(Tilbud tilbud, Ydelse ydelseIMaaneden)
    {
        if (tilbud.Type != TilbudType.OevrigVejledning || _p91Fra is not { } cutoff || Dag.Nr(tilbud.Fra) < cutoff)
        {
            return true;
        }

        return _regler.ErP91Undtaget(YdelseVedTilbud(tilbud.Fra, ydelseIMaaneden));
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
            if (VurderTilbud(t, w, d, ydelseIMaaneden) == Indsatsvurdering.Taeller)
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
            var v = VurderTimer(t, w, d);
            if (v == Indsatsvurdering.Taeller)
            {
                sum += t.Timer;
            }
            else if (v != Indsatsvurdering.FoerVindue)
            {
                // Sorted by til, so everything from here ends after D or is open.
                break;
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
            if (VurderSamtale(i, w, d, udelukket) == Indsatsvurdering.Taeller)
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
