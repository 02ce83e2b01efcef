using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Measures one person month by month against the two fokusmål (SPEC §4).</summary>
/// <remarks>
/// Reused from person to person: <see cref="Forbered"/> once per person, then <see cref="Maal(YearMonth, int, int, out Personmaaling)"/>
/// per month in any order. The person's rows become day numbers once (<see cref="Indsatsdage"/>), sorted, with running sums,
/// so a month costs a few binary searches rather than a pass over the person's rows. Measurers of several rule sets can share the
/// rows and, when their forløb keys agree, the forløb (SPEC §10).
/// </remarks>
internal sealed class Personmaaler
{
    private readonly Regelsaet _regler;
    private readonly Forloebsbygger _bygger;
    private readonly int? _p91Fra;
    private readonly int? _personligtFra;

    // The lists of the Indsatsdage, held directly: they are never replaced, and the month loop then reads them without a hop.
    private readonly List<Samtale> _samtaler;
    private readonly List<int> _samtaleDage;
    private readonly List<(int Til, decimal Timer)> _timer;
    private readonly List<decimal> _timerFoer;
    private readonly List<Indsatsdage.TilbudDag> _tilbud;
    private readonly Indsatsdage _indsatser;

    // Per forløb: index of its first jobsamtale when that one does not count, -1 when it counts or there is none, -2 not yet known.
    private readonly List<int> _udelukketFoerste = [];

    /// <summary>A measurer with a person's rows and forløb of its own, built by <see cref="Forbered"/>.</summary>
    public Personmaaler(Regelsaet regler)
        : this(regler, new Indsatsdage(), new Forloebsbygger(regler))
    {
    }

    /// <summary>
    /// A measurer under <paramref name="regler"/> that reads rows and forløb other measurers share: the caller builds
    /// <paramref name="indsatser"/> and <paramref name="bygger"/> for each person, then calls <see cref="Nulstil"/> on each measurer.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="bygger"/> builds forløb under other forløb keys than <paramref name="regler"/>'s.</exception>
    public Personmaaler(Regelsaet regler, Indsatsdage indsatser, Forloebsbygger bygger)
    {
        ArgumentNullException.ThrowIfNull(regler);
        ArgumentNullException.ThrowIfNull(indsatser);
        ArgumentNullException.ThrowIfNull(bygger);
        if (bygger.Noegle != Forloebsnoegle.For(regler))
        {
            throw new ArgumentException("Forløbsbyggeren bygger efter andre forløbsnøgler end regelsættets.", nameof(bygger));
        }

        _regler = regler;
        _bygger = bygger;
        _indsatser = indsatser;
        _samtaler = indsatser.Samtaler;
        _samtaleDage = indsatser.SamtaleDage;
        _timer = indsatser.Timer;
        _timerFoer = indsatser.TimerFoer;
        _tilbud = indsatser.Tilbud;
        _p91Fra = regler.P91UdelukketFra is { } p ? Dag.Nr(p) : null;
        _personligtFra = regler.FoersteJobsamtalePersonligtFra is { } f ? Dag.Nr(f) : null;
    }

    public Forloebsbygger Bygger => _bygger;

    /// <summary>The person's samtaler sorted by date, then form (the indexes <see cref="VurderSamtale"/> takes).</summary>
    public IReadOnlyList<Samtale> Samtaler => _samtaler;

    /// <summary>Builds the person's rows and forløb up to <paramref name="horisont"/> and makes ready to measure them.</summary>
    public void Forbered(Persondata person, LocalDate horisont)
    {
        _indsatser.Byg(person);
        _bygger.Byg(person, Dag.Nr(horisont));
        Nulstil();
    }

    /// <summary>Forgets what was worked out for the previous person, once the shared rows and forløb hold the next one.</summary>
    public void Nulstil()
    {
        _udelukketFoerste.Clear();
        for (int i = 0; i < _bygger.Forloeb.Count; i++)
        {
            _udelukketFoerste.Add(-2);
        }
    }

    /// <summary>Measures <paramref name="maaned"/> and also returns the intermediate values (<see cref="Maaletrin"/>) the decision used.</summary>
    public Maalestatus Maal(YearMonth maaned, out Personmaaling maaling, out Maaletrin trin) =>
        Maal(maaned, Dag.FoersteDag(maaned), Dag.SidsteDag(maaned), medTrin: true, out maaling, out trin);

    /// <summary>Measures the month <paramref name="maaned"/>, whose first and last day numbers the caller already has.</summary>
    public Maalestatus Maal(YearMonth maaned, int foerste, int d, out Personmaaling maaling) =>
        Maal(maaned, foerste, d, medTrin: false, out maaling, out _);

    private Maalestatus Maal(YearMonth maaned, int foerste, int d, bool medTrin, out Personmaaling maaling, out Maaletrin trin)
    {
        maaling = default;
        var perioder = _bygger.Perioder;

        // SPEC §4 målgruppe: b is the last day of the month with benefit status; the person counts where and as what they were on b.
        int j = SidstePeriodeFra(d);
        if (j < 0 || perioder[j].Til < foerste)
        {
            trin = new Maaletrin(d, -1, 0, 0, 0, 0);
            return Maalestatus.IngenYdelse;
        }

        var periode = perioder[j];
        var doede = _bygger.Doede;
        int start = _bygger.Forloeb[periode.Forloeb].Start;
        // SPEC §3.4: counted days (anciennitet) leave out dead days.
        int taellede = d - start + 1 - doede.Antal(start, d);

        // The explanation wants every value even when an early condition decides; counting skips the rest.
        trin = medTrin ? new Maaletrin(d, j, start, taellede, _bygger.Fritaget.Antal(start, d), Vinduesstart(start, d, taellede)) : default;
        // SPEC §4: a person on barsel or standby at month end is not measured that month.
        if (doede.Indeholder(d))
        {
            return Maalestatus.DoedDag;
        }

        // SPEC §1.2, §4: the forløb has lasted at least min_forloeb_dage counted days.
        if (taellede < _regler.MinForloebDage)
        {
            return Maalestatus.ForKortForloeb;
        }

        // SPEC §4 [interpretation] the fritagelse share is over the whole forløb up to D; compared exactly.
        int fritaget = _bygger.Fritaget.Antal(start, d);
        if (fritaget >= _regler.FritagelseMaxAndel * taellede)
        {
            return Maalestatus.Fritaget;
        }

        // SPEC §4 fokusmål 1 (§ 5 nr. 1): no qualifying tilbud overlapping [W, D] and fewer than min_timer hours with til in it;
        // fokusmål 2 (§ 5 nr. 2): fewer than min_samtaler qualifying samtaler dated in it.
        int w = Vinduesstart(start, d, taellede);
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
        int dato = _samtaleDage[indeks];
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
    public Ydelse YdelseVedTilbud(LocalDate fra, Ydelse ydelseIMaaneden) => YdelseVedTilbud(Dag.Nr(fra), ydelseIMaaneden);

    /// <summary>Whether a tilbud counts for fokusmål 1: § 91 offers from the cut-off only for the exempt ydelser.</summary>
    public bool TilbudTaeller(Tilbud tilbud, Ydelse ydelseIMaaneden) =>
        TilbudTaeller(new Indsatsdage.TilbudDag(Dag.Nr(tilbud.Fra), Dag.Nr(tilbud.Til), tilbud.Type), ydelseIMaaneden);

    /// <summary>SPEC §4, §8.5: the index in the date-sorted samtaler of the forløb's first jobsamtale (from <paramref name="forloebStart"/>) when it does not count
    /// (from <c>foerste_jobsamtale_personligt_fra</c>, not held in person), else -1.</summary>
    public int IkkeTaellendeFoersteJobsamtale(int forloebStart)
    {
        if (_personligtFra is not { } skaeringsdag)
        {
            return -1;
        }

        for (int i = FoersteSamtaleFra(forloebStart); i < _samtaler.Count; i++)
        {
            var s = _samtaler[i];
            if (s.Type == SamtaleType.Jobsamtale)
            {
                return _samtaleDage[i] >= skaeringsdag && s.Form != SamtaleForm.Personligt ? i : -1;
            }
        }

        return -1;
    }

    // SPEC §4, LAB § 91: an oevrig_vejledning offer from p91_udelukket_fra counts only for the ydelser in p91_undtagne_ydelser,
    // judged by the ydelse on its fra (else the ydelse in the month); offers before the cut-off count under the rules of their time.
    private bool TilbudTaeller(Indsatsdage.TilbudDag tilbud, Ydelse ydelseIMaaneden)
    {
        if (tilbud.Type != TilbudType.OevrigVejledning || _p91Fra is not { } skaeringsdag || tilbud.Fra < skaeringsdag)
        {
            return true;
        }

        return _regler.ErP91Undtaget(YdelseVedTilbud(tilbud.Fra, ydelseIMaaneden));
    }

    private Ydelse YdelseVedTilbud(int fra, Ydelse ydelseIMaaneden)
    {
        int j = SidstePeriodeFra(fra);
        return j >= 0 && _bygger.Perioder[j].Til >= fra ? _bygger.Perioder[j].Ydelse : ydelseIMaaneden;
    }

    // SPEC §4 "Window": W is the earliest of the last vindue_dage counted days up to D (the span stretches back over dead days);
    // §8.4: with fewer counted days, the forløb's first non-dead day.
    private int Vinduesstart(int start, int d, int taellede) =>
        taellede >= _regler.VindueDage
            ? _bygger.Doede.StartForUdaekkedeDage(d, _regler.VindueDage)
            : _bygger.Doede.FoersteUdaekkedeFra(start);

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
            if (_samtaleDage[mid] < dag)
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
