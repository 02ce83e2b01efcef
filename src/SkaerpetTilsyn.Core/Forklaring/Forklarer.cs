using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>Explains one person's measurement in one month (<c>skaerpet forklar</c>), running the very <see cref="Personmaaler"/> the opgørelse counts with.</summary>
public sealed class Forklarer
{
    /// <summary>How far before W and after D a tilbud, hour period or samtale is still shown as "near the window".</summary>
    public const int NaerDage = 92;

    private readonly Regelsaet _regler;
    private readonly Personmaaler _maaler;

    public Forklarer(Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(regler);
        _regler = regler;
        _maaler = new Personmaaler(regler);
    }

    public Forklaring Forklar(Persondata person, YearMonth maaned)
    {
        ArgumentNullException.ThrowIfNull(person);
        // SPEC §4: the measurement day D is the last day of the month.
        var maaledag = maaned.ToDateInterval().End;

        // The horizon is D itself: no look-ahead (SPEC §3.5), so the answer is the one any later run gives.
        _maaler.Forbered(person, maaledag);
        var status = _maaler.Maal(maaned, out var maaling, out var trin);
        var bygger = _maaler.Bygger;

        var forklaring = new Forklaring
        {
            PersonId = person.PersonId,
            Maaned = maaned,
            Maaledag = maaledag,
            Regelsaet = _regler.Navn,
            Ydelsesraekker = person.Ydelser.Where(y => y.Fra <= maaledag).ToList(),
            Statusloeb = bygger.Perioder.Select(p => new Statusloeb(Dag.Dato(p.Fra), Dag.Dato(p.Til), p.Ydelse, p.Kommune, p.Forloeb + 1)).ToList(),
            Overgange = Overgange(bygger),
            Forloeb = Forloeb(bygger),
            DoedePerioder = Perioder(bygger.Doede),
            FritagedePerioder = Perioder(bygger.Fritaget),
            Status = status,
            Indsatser = [],
            Maaling = status == Maalestatus.IMaalgruppe ? maaling : null,
        };

        if (trin.Periode < 0)
        {
            // No benefit day in the month: no forløb, so no window to judge tilbud, hours or samtaler against.
            return forklaring;
        }

        var periode = bygger.Perioder[trin.Periode];
        return forklaring with
        {
            SidsteYdelsesdag = Dag.Dato(Math.Min(periode.Til, trin.D)),
            Kommune = periode.Kommune,
            Ydelse = periode.Ydelse,
            ForloebNr = periode.Forloeb + 1,
            ForloebStart = Dag.Dato(trin.Start),
            TaelledeDage = trin.Taellede,
            DoedeDage = bygger.Doede.Antal(trin.Start, trin.D),
            FritagedeDage = trin.Fritaget,
            VindueStart = Dag.Dato(trin.W),
            Indsatser = Indsatser(person, trin.W, trin.D, trin.Start, periode.Ydelse),
        };
    }

    private static List<Overgang> Overgange(Forloebsbygger bygger)
    {
        var perioder = bygger.Perioder;
        var ud = new List<Overgang>();
        for (int i = 1; i < perioder.Count; i++)
        {
            var a = perioder[i - 1];
            var b = perioder[i];
            int pause = b.Fra - a.Til - 1;

            // Read back from what the builder decided, never decided again here.
            var udfald = b.Forloeb != a.Forloeb
                ? bygger.Forloeb[b.Forloeb].Aarsag == Brudaarsag.Pause ? Overgangsudfald.NytForloebPause : Overgangsudfald.NytForloebYdelsesskift
                : a.Ydelse != b.Ydelse ? Overgangsudfald.FortsaettendeSkift
                : pause > 0 ? Overgangsudfald.PauseUdenBrud
                : Overgangsudfald.Kommuneskift;
            ud.Add(new Overgang(Dag.Dato(b.Fra), a.Ydelse, b.Ydelse, a.Kommune, b.Kommune, pause, udfald));
        }

        return ud;
    }

    private static List<Forloebsforklaring> Forloeb(Forloebsbygger bygger)
    {
        var ud = new List<Forloebsforklaring>(bygger.Forloeb.Count);
        for (int f = 0; f < bygger.Forloeb.Count; f++)
        {
            var start = bygger.Forloeb[f];
            int sidste = bygger.Perioder.FindLast(p => p.Forloeb == f).Til;
            ud.Add(new Forloebsforklaring(f + 1, Dag.Dato(start.Start), Dag.Dato(sidste), start.Ydelse, start.Aarsag));
        }

        return ud;
    }

    private static List<Datoperiode> Perioder(Intervalsaet saet)
    {
        var ud = new List<Datoperiode>(saet.AntalIntervaller);
        for (int i = 0; i < saet.AntalIntervaller; i++)
        {
            var (fra, til) = saet[i];
            ud.Add(new Datoperiode(Dag.Dato(fra), Dag.Dato(til)));
        }

        return ud;
    }

    /// <summary>The person's tilbud, hour periods and samtaler that touch [W − <see cref="NaerDage"/>, D + <see cref="NaerDage"/>], judged against the window [W, D].</summary>
    private List<Indsatsforklaring> Indsatser(Persondata person, int w, int d, int forloebStart, Ydelse ydelse)
    {
        int fra = w - NaerDage;
        int til = d + NaerDage;
        var ud = new List<Indsatsforklaring>();
        foreach (var t in person.Tilbud)
        {
            if (Dag.Nr(t.Fra) > til || Dag.Nr(t.Til) < fra)
            {
                continue;
            }

            var vurdering = _maaler.VurderTilbud(t, w, d, ydelse);
            Ydelse? p91 = t.Type == TilbudType.OevrigVejledning && _regler.P91UdelukketFra is { } skaeringsdato && t.Fra >= skaeringsdato
                ? _maaler.YdelseVedTilbud(t.Fra, ydelse)
                : null;
            ud.Add(new Indsatsforklaring(Indsatsart.Tilbud, t.Fra, t.Til, Koder.Kode(t.Type), null, null, vurdering, p91));
        }

        foreach (var t in person.Timer)
        {
            if (Dag.Nr(t.Fra) > til || (t.Til != Datoer.Aaben && Dag.Nr(t.Til) < fra))
            {
                continue;
            }

            ud.Add(new Indsatsforklaring(Indsatsart.Timer, t.Fra, t.Til, "timer", null, t.Timer, Personmaaler.VurderTimer(t, w, d), null));
        }

        var samtaler = _maaler.Samtaler;
        int udelukket = _maaler.IkkeTaellendeFoersteJobsamtale(forloebStart);
        for (int i = 0; i < samtaler.Count; i++)
        {
            var s = samtaler[i];
            if (Dag.Nr(s.Dato) < fra || Dag.Nr(s.Dato) > til)
            {
                continue;
            }

            ud.Add(new Indsatsforklaring(Indsatsart.Samtale, s.Dato, s.Dato, Koder.Kode(s.Type), Koder.Kode(s.Form), null, _maaler.VurderSamtale(i, w, d, udelukket), null));
        }

        ud.Sort(static (x, y) =>
        {
            int c = x.Fra.CompareTo(y.Fra);
            return c != 0 ? c : x.Art.CompareTo(y.Art);
        });
        return ud;
    }
}
