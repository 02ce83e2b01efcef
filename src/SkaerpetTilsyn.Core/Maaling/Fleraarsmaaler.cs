using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>
/// Measures persons, one at a time, in every month of several data years, each year under the rule sets asked for it (SPEC §10):
/// a person's rows become day numbers once, their forløb are built once per distinct <see cref="Forloebsnoegle"/>, and a year is
/// measured once per distinct <see cref="Maalingsnoegle"/>, however many rule sets or plans ask for it.
/// </summary>
/// <remarks>
/// The horizon is the last December asked for. That gives every month the counts a run measuring its year alone gives, since no
/// measurement looks past its own month's end (SPEC §3.5). Memory does not grow with the persons except for December's passive
/// candidates, kept per year measured.
/// </remarks>
public sealed class Fleraarsmaaler
{
    private readonly Indsatsdage _indsatser = new();
    private readonly List<Forloebsbygger> _byggere = [];
    private readonly List<Personmaaler> _maalere = [];
    private readonly Aarsmaaling[] _aarsmaalinger;

    // Per entry of _aarsmaalinger: its measurer and that measurer's forløb builder.
    private readonly Personmaaler[] _maalerFor;
    private readonly Forloebsbygger[] _byggerFor;
    private readonly int _foersteAar;
    private readonly int _horisont;
    private readonly NodaTime.YearMonth[] _maaneder;
    private readonly int[] _foersteDag;
    private readonly int[] _sidsteDag;

    /// <summary>Measures each (year, rule set) of <paramref name="maalinger"/>; repeats and rule sets with the same measurement keys share one measurement.</summary>
    /// <exception cref="ArgumentException"><paramref name="maalinger"/> is empty.</exception>
    public Fleraarsmaaler(IEnumerable<(int Aar, Regelsaet Regler)> maalinger)
    {
        ArgumentNullException.ThrowIfNull(maalinger);
        var byggere = new Dictionary<Forloebsnoegle, Forloebsbygger>();
        var maalere = new Dictionary<Maalingsnoegle, Personmaaler>();
        var aarsmaalinger = new List<(Aarsmaaling Maaling, Personmaaler Maaler, Forloebsbygger Bygger)>();
        foreach (var (aar, regler) in maalinger)
        {
            var noegle = Maalingsnoegle.For(regler);
            if (!byggere.TryGetValue(noegle.Forloeb, out var bygger))
            {
                bygger = new Forloebsbygger(regler);
                byggere.Add(noegle.Forloeb, bygger);
                _byggere.Add(bygger);
            }

            if (!maalere.TryGetValue(noegle, out var maaler))
            {
                maaler = new Personmaaler(regler, _indsatser, bygger);
                maalere.Add(noegle, maaler);
                _maalere.Add(maaler);
            }

            if (!aarsmaalinger.Exists(a => a.Maaling.Aar == aar && a.Maaling.Noegle == noegle))
            {
                aarsmaalinger.Add((new Aarsmaaling(aar, noegle), maaler, bygger));
            }
        }

        if (aarsmaalinger.Count == 0)
        {
            throw new ArgumentException("Der er intet at måle.", nameof(maalinger));
        }

        // Year order, so a person's months are visited forward in time.
        aarsmaalinger.Sort((x, y) => x.Maaling.Aar.CompareTo(y.Maaling.Aar));
        _aarsmaalinger = [.. aarsmaalinger.Select(a => a.Maaling)];
        _maalerFor = [.. aarsmaalinger.Select(a => a.Maaler)];
        _byggerFor = [.. aarsmaalinger.Select(a => a.Bygger)];

        _foersteAar = _aarsmaalinger[0].Aar;
        int sidsteAar = _aarsmaalinger[^1].Aar;
        var periode = Maaleperiode.FraTilOgMed(new(_foersteAar, 1), new(sidsteAar, 12));
        _horisont = Dag.SidsteDag(periode.Til);
        _maaneder = new NodaTime.YearMonth[periode.Antal];
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

    /// <summary>How many distinct forløb each person gets built: one per distinct set of forløb keys.</summary>
    public int Forloebsbygninger => _byggere.Count;

    /// <summary>The years measured, each once per distinct set of measurement keys, in year order.</summary>
    public IReadOnlyList<Aarsmaaling> Aarsmaalinger => _aarsmaalinger;

    /// <summary>The measurement of <paramref name="aar"/> that <paramref name="regler"/> decides from.</summary>
    /// <exception cref="ArgumentException">That year was not asked for under rules with those measurement keys.</exception>
    public Aarsmaaling Maaling(int aar, Regelsaet regler)
    {
        var noegle = Maalingsnoegle.For(regler);
        return Array.Find(_aarsmaalinger, a => a.Aar == aar && a.Noegle == noegle)
            ?? throw new ArgumentException($"Året {aar} måles ikke under regelsættet '{regler.Navn}'.", nameof(regler));
    }

    public void MaalPerson(Persondata person)
    {
        ArgumentNullException.ThrowIfNull(person);
        bool ydelse = false;
        foreach (var bygger in _byggere)
        {
            bygger.Byg(person, _horisont);
            ydelse |= bygger.Perioder.Count > 0;
        }

        if (!ydelse)
        {
            // No day with benefit status up to the horizon: in no målgruppe in any month.
            return;
        }

        _indsatser.Byg(person);
        foreach (var maaler in _maalere)
        {
            maaler.Nulstil();
        }

        for (int a = 0; a < _aarsmaalinger.Length; a++)
        {
            var perioder = _byggerFor[a].Perioder;
            var aarsmaaling = _aarsmaalinger[a];
            int foerste = (aarsmaaling.Aar - _foersteAar) * 12;
            if (perioder.Count == 0 || perioder[0].Fra > _sidsteDag[foerste + 11] || perioder[^1].Til < _foersteDag[foerste])
            {
                // No benefit day in the year.
                continue;
            }

            MaalAar(person, _maalerFor[a], aarsmaaling, foerste);
        }
    }

    private void MaalAar(Persondata person, Personmaaler maaler, Aarsmaaling aarsmaaling, int foerste)
    {
        for (int i = 0; i < 12; i++)
        {
            int j = foerste + i;
            if (maaler.Maal(_maaneder[j], _foersteDag[j], _sidsteDag[j], out var m) != Maalestatus.IMaalgruppe)
            {
                continue;
            }

            aarsmaaling.Taellere.Tael(i, m);

            // SPEC §5: the passivsager are those at 31 December.
            if (i == 11 && (m.UdenIndsats || m.FaaSamtaler))
            {
                aarsmaaling.TilfoejKandidat(new Passivkandidat(person.PersonId, m));
            }
        }
    }
}
