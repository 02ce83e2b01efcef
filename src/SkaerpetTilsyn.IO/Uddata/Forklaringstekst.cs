using System.Globalization;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Renders a <see cref="Forklaring"/> in plain Danish with a compact month-by-month timeline (<c>skaerpet forklar</c>).</summary>
public static class Forklaringstekst
{
    private const int TidslinjeMaaneder = 36;

    private static readonly char[] s_bogstaver = ['D', 'S', 'H', 'U', 'K', 'R', 'F', 'L'];

    public static string Skriv(Forklaring f, Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(regler);
        var t = new StringBuilder();
        t.Append(CultureInfo.InvariantCulture, $"Person {f.PersonId}, måned {Maaned(f.Maaned)}, måledag D = {Dato(f.Maaledag)}, regelsæt {f.Regelsaet}\n");
        if (f.SomKendtTil is { } c)
        {
            t.Append(CultureInfo.InvariantCulture, $"Data som kendt {Dato(c)} (SPEC §12): rækker efter den dag er udeladt, og ydelsen den dag fortsætter måneden ud, som om intet nyt sker.\n");
        }

        t.Append("\nYdelsesrækker i data (fra senest D):\n");
        if (f.Ydelsesraekker.Count == 0)
        {
            t.Append("  ingen\n");
        }

        foreach (var y in f.Ydelsesraekker)
        {
            t.Append(CultureInfo.InvariantCulture, $"  {Periode(y.Fra, y.Til)}  {Koder.Kode(y.Ydelse),-18} {Kommune(y.Kommune)}\n");
        }

        t.Append("\nYdelsesstatus pr. dag (SPEC §3.1: senest fra vinder):\n");
        foreach (var s in f.Statusloeb)
        {
            t.Append(CultureInfo.InvariantCulture, $"  {Periode(s.Fra, s.Til)}  {Koder.Kode(s.Ydelse),-18} {Kommune(s.Kommune)}, forløb {s.Forloeb}\n");
        }

        if (f.Overgange.Count > 0)
        {
            t.Append("\nOvergange:\n");
            foreach (var o in f.Overgange)
            {
                string pause = o.PauseDage > 0 ? string.Create(CultureInfo.InvariantCulture, $" efter {Tal(o.PauseDage)} dages pause") : "";
                t.Append(CultureInfo.InvariantCulture, $"  {Dato(o.Dato)}  {Koder.Kode(o.FraYdelse)} → {Koder.Kode(o.TilYdelse)}{pause}: {Udfald(o, regler)}\n");
            }
        }

        t.Append("\nForløb:\n");
        foreach (var x in f.Forloeb)
        {
            t.Append(CultureInfo.InvariantCulture, $"  {x.Nr}. {Dato(x.Start)} – {Dato(x.SidsteYdelsesdag)}  {Koder.Kode(x.Ydelse),-18} startet: {Brud(x.Aarsag)}\n");
        }

        t.Append(CultureInfo.InvariantCulture, $"\nDøde dage ({string.Join(", ", regler.DoedeAarsager.Select(Koder.Kode))}): {Perioder(f.DoedePerioder)}\n");
        t.Append(CultureInfo.InvariantCulture, $"Fritaget af anden grund: {Perioder(f.FritagedePerioder)}\n");

        if (f.Statusloeb.Count > 0)
        {
            Tidslinje(t, f);
        }

        Maaling(t, f, regler);
        Indsatser(t, f, regler);
        Resultat(t, f, regler);
        return t.ToString();
    }

    private static void Tidslinje(StringBuilder t, Forklaring f)
    {
        // One character per month: the ydelse at the month's last benefit day, d for a dead month end, · for no benefit; = marks the window.
        var fra = f.Maaned.PlusMonths(1 - TidslinjeMaaneder);
        var foerste = f.Statusloeb[0].Fra.ToYearMonth();
        if (foerste.CompareTo(fra) > 0)
        {
            fra = foerste;
        }

        var status = new StringBuilder();
        var vindue = new StringBuilder();
        for (var m = fra; m.CompareTo(f.Maaned) <= 0; m = m.PlusMonths(1))
        {
            var slut = m.ToDateInterval().End;
            status.Append(Tegn(f, m.OnDayOfMonth(1), slut));
            bool iVindue = f.VindueStart is { } w && slut >= w;
            vindue.Append(iVindue ? '=' : ' ');
        }

        t.Append(CultureInfo.InvariantCulture, $"\nTidslinje {Maaned(fra)} – {Maaned(f.Maaned)} (D dagpenge, S sygedagpenge, H sho, U uddannelseshjælp, K kontanthjælp, R revalidering, F ressourceforløb, L ledighedsydelse, d død dag ved månedens udgang, · ingen ydelse):\n");
        t.Append(CultureInfo.InvariantCulture, $"  {status}\n  {vindue.ToString().TrimEnd()}  (= vinduet)\n");
    }

    private static char Tegn(Forklaring f, LocalDate foerste, LocalDate slut)
    {
        foreach (var d in f.DoedePerioder)
        {
            if (d.Fra <= slut && d.Til >= slut)
            {
                return 'd';
            }
        }

        for (int i = f.Statusloeb.Count - 1; i >= 0; i--)
        {
            var s = f.Statusloeb[i];
            if (s.Fra <= slut && s.Til >= foerste)
            {
                return s_bogstaver[(int)s.Ydelse];
            }
        }

        return '·';
    }

    private static void Maaling(StringBuilder t, Forklaring f, Regelsaet regler)
    {
        t.Append("\nMåling (SPEC §4):\n");
        if (f.Kommune is not { } k)
        {
            t.Append("  Ingen dag med ydelse i måneden, så intet forløb at måle.\n");
            return;
        }

        t.Append(CultureInfo.InvariantCulture, $"  Sidste ydelsesdag i måneden b = {Dato(f.SidsteYdelsesdag!.Value)}: {Koder.Kode(f.Ydelse!.Value)} i {Kommune(k)}.\n");
        t.Append(CultureInfo.InvariantCulture, $"  b hører til forløb {f.ForloebNr}, startet {Dato(f.ForloebStart!.Value)}.\n");
        int kalenderdage = Period.DaysBetween(f.ForloebStart!.Value, f.Maaledag) + 1;
        t.Append(CultureInfo.InvariantCulture, $"  Anciennitet: {Tal(kalenderdage)} dage til D − {Tal(f.DoedeDage)} døde dage = {Tal(f.TaelledeDage)} tællede dage (kræver mindst {Tal(regler.MinForloebDage)}).\n");
        string andel = f.TaelledeDage > 0 ? Procentformat.Dansk(new Brok(100L * f.FritagedeDage, f.TaelledeDage)) : "–";
        t.Append(CultureInfo.InvariantCulture, $"  Fritaget: {Tal(f.FritagedeDage)} af {Tal(f.TaelledeDage)} tællede dage = {andel} (skal være under {Procentformat.Dansk(Brok.Fra(100m * regler.FritagelseMaxAndel))}).\n");
        t.Append(CultureInfo.InvariantCulture, $"  Vinduet [W, D] = [{Dato(f.VindueStart!.Value)}, {Dato(f.Maaledag)}]: de sidste {Tal(regler.VindueDage)} tællede dage af forløbet.\n");
    }

    private static void Indsatser(StringBuilder t, Forklaring f, Regelsaet regler)
    {
        if (f.Kommune is null)
        {
            return;
        }

        t.Append(CultureInfo.InvariantCulture, $"\nTilbud, timer og samtaler nær vinduet (± {Tal(Forklarer.NaerDage)} dage):\n");
        if (f.Indsatser.Count == 0)
        {
            t.Append("  ingen\n");
        }

        foreach (var i in f.Indsatser)
        {
            string hvad = i.Art switch
            {
                Indsatsart.Tilbud => $"tilbud  {i.Type}",
                Indsatsart.Timer => string.Create(DanskeTal.Format, $"timer   {i.Timer:#,0.##} timer"),
                _ => $"samtale {i.Type} ({i.Form})",
            };
            string periode = i.Art == Indsatsart.Samtale ? $"{Dato(i.Fra)}             " : Periode(i.Fra, i.Til);
            t.Append(CultureInfo.InvariantCulture, $"  {periode}  {hvad,-38} {Vurdering(i, f, regler)}\n");
        }
    }

    private static void Resultat(StringBuilder t, Forklaring f, Regelsaet regler)
    {
        t.Append("\nResultat:\n");
        if (f.Maaling is not { } m)
        {
            t.Append(CultureInfo.InvariantCulture, $"  Ikke i målgruppen: {Udenfor(f, regler)}.\n");
            return;
        }

        t.Append(CultureInfo.InvariantCulture, $"  I målgruppen for {Kommune(m.Kommune)} som {Koder.Kode(m.Ydelse)}.\n");
        t.Append(string.Create(
            DanskeTal.Format,
            $"  Uden indsats (fokusmål 1): {JaNej(m.UdenIndsats)} – {Tal(m.TilbudIVindue)} tællende tilbud og {m.TimerIVindue:#,0.##} timer i vinduet (kræver mindst 1 tilbud eller {regler.MinTimer:#,0.##} timer).\n"));
        t.Append(CultureInfo.InvariantCulture, $"  Få samtaler (fokusmål 2): {JaNej(m.FaaSamtaler)} – {Tal(m.SamtalerIVindue)} tællende samtaler i vinduet (kræver mindst {Tal(regler.MinSamtaler)}).\n");
    }

    private static string Udenfor(Forklaring f, Regelsaet regler) => f.Status switch
    {
        Maalestatus.IngenYdelse => "ingen dag med ydelse i måneden",
        Maalestatus.DoedDag => $"måledagen {Dato(f.Maaledag)} er en død dag (barsel eller standby ved månedens udgang)",
        Maalestatus.ForKortForloeb => string.Create(CultureInfo.InvariantCulture, $"forløbet har kun {Tal(f.TaelledeDage)} tællede dage (kræver mindst {Tal(regler.MinForloebDage)})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"fritaget {Tal(f.FritagedeDage)} af {Tal(f.TaelledeDage)} tællede dage, dvs. mindst {Procentformat.Dansk(Brok.Fra(100m * regler.FritagelseMaxAndel))} af forløbet"),
    };

    private static string Vurdering(Indsatsforklaring i, Forklaring f, Regelsaet regler) => i.Vurdering switch
    {
        Indsatsvurdering.Taeller => "tæller",
        Indsatsvurdering.FoerVindue => i.Art == Indsatsart.Timer ? "tæller ikke: til ligger før vinduet" : "tæller ikke: før vinduet",
        Indsatsvurdering.EfterVindue => i.Art == Indsatsart.Timer ? "tæller ikke: til ligger efter D" : "tæller ikke: efter D",
        Indsatsvurdering.AabenTil => "tæller ikke: timer uden til tæller aldrig",
        Indsatsvurdering.P91Udelukket =>
            $"tæller ikke: § 91-tilbud (øvrig vejledning) fra {Dato(regler.P91UdelukketFra!.Value)}, og ydelsen {Koder.Kode(i.P91Ydelse!.Value)} er ikke undtaget",
        _ => $"tæller ikke: forløbets første jobsamtale efter {Dato(regler.FoersteJobsamtalePersonligtFra!.Value)} var ikke personlig",
    };

    private static string Udfald(Overgang o, Regelsaet regler) => o.Udfald switch
    {
        Overgangsudfald.NytForloebPause => regler.ForloebBrud == ForloebBrud.HelKalendermaaned
            ? "nyt forløb – pausen rummer en hel kalendermåned uden ydelse og døde dage"
            : string.Create(CultureInfo.InvariantCulture, $"nyt forløb – pausen rummer mere end {Tal(regler.MaxGapDage)} dage uden ydelse og døde dage"),
        Overgangsudfald.NytForloebYdelsesskift => "nyt forløb – ydelsesskift",
        Overgangsudfald.FortsaettendeSkift => "forløbet fortsætter – fortsættende skift (fortsaettende_skift)",
        Overgangsudfald.PauseUdenBrud => "forløbet fortsætter – pausen er for kort til at bryde det",
        _ => $"forløbet fortsætter – kun kommunen skifter ({o.FraKommune} → {o.TilKommune})",
    };

    private static string Brud(Brudaarsag a) => a switch
    {
        Brudaarsag.Foerste => "første ydelsesdag i data",
        Brudaarsag.Pause => "efter en pause der bryder",
        _ => "ved ydelsesskift",
    };

    private static string Perioder(IReadOnlyList<Datoperiode> perioder) =>
        perioder.Count == 0
            ? "ingen"
            : string.Join(", ", perioder.Select(p => string.Create(CultureInfo.InvariantCulture, $"{Dato(p.Fra)} – {Dato(p.Til)} ({Tal(p.Dage)} dage)")));

    private static string Kommune(int k) =>
        Kommuneliste.TryFind(k, out var kommune) ? string.Create(CultureInfo.InvariantCulture, $"kommune {k} {kommune.Navn}") : string.Create(CultureInfo.InvariantCulture, $"kommune {k}");

    private static string Periode(LocalDate fra, LocalDate til) => $"{Dato(fra)} – {(til == Datoer.Aaben ? "åben     " : Dato(til))}";

    private static string Dato(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Maaned(YearMonth m) => m.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Tal(long v) => DanskeTal.Heltal(v);

    private static string JaNej(bool v) => v ? "ja" : "nej";
}
