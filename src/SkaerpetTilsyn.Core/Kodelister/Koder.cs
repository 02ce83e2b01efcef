using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The text codes of the input and output files (SPEC §2, §6, §7) both ways, and the Danish words of decisions and statuses on screen: one table per enum.</summary>
public static class Koder
{
    // SPEC §2: the eight groups of § 2 stk. 2, in code-list order (it breaks ties and sorts outputs).
    private static readonly Kodeliste<Ydelse> s_ydelser = new(
        (Ydelse.Dagpenge, "dagpenge"),
        (Ydelse.Sygedagpenge, "sygedagpenge"),
        (Ydelse.Sho, "sho"),
        (Ydelse.Uddannelseshjaelp, "uddannelseshjaelp"),
        (Ydelse.Kontanthjaelp, "kontanthjaelp"),
        (Ydelse.Revalidering, "revalidering"),
        (Ydelse.Ressourceforloeb, "ressourceforloeb"),
        (Ydelse.Ledighedsydelse, "ledighedsydelse"));

    private static readonly Kodeliste<SamtaleType> s_samtaleTyper = new(
        (SamtaleType.Jobsamtale, "jobsamtale"),
        (SamtaleType.Sygeopfoelgning, "sygeopfoelgning"));

    private static readonly Kodeliste<SamtaleForm> s_samtaleFormer = new(
        (SamtaleForm.Personligt, "personligt"),
        (SamtaleForm.Telefon, "telefon"),
        (SamtaleForm.Digital, "digital"));

    private static readonly Kodeliste<TilbudType> s_tilbudTyper = new(
        (TilbudType.Virksomhedspraktik, "virksomhedspraktik"),
        (TilbudType.Loentilskud, "loentilskud"),
        (TilbudType.Nytteindsats, "nytteindsats"),
        (TilbudType.Vejledning, "vejledning"),
        (TilbudType.OevrigVejledning, "oevrig_vejledning"));

    private static readonly Kodeliste<FritagelseAarsag> s_aarsager = new(
        (FritagelseAarsag.Barsel, "barsel"),
        (FritagelseAarsag.Standby, "standby"),
        (FritagelseAarsag.Andet, "andet"));

    private static readonly Kodeliste<Tilsynsstatus> s_statusser = new(
        (Tilsynsstatus.Ingen, "ingen", "ingen"),
        (Tilsynsstatus.Skaerpet, "skaerpet", "skærpet tilsyn"),
        (Tilsynsstatus.Forlaenget, "forlaenget", "forlænget"),
        (Tilsynsstatus.Administration, "administration", "administration"));

    // In the order of a kommune's path through the scheme, ikke_omfattet last: the order summaries list them in.
    private static readonly Kodeliste<Afgoerelsestype> s_afgoerelser = new(
        (Afgoerelsestype.Udvalgt, "udvalgt", "udvalgt"),
        (Afgoerelsestype.Forlaenget, "forlaenget", "forlænget"),
        (Afgoerelsestype.Administration, "administration", "administration"),
        (Afgoerelsestype.FortsatAdministration, "fortsat_administration", "fortsat administration"),
        (Afgoerelsestype.Ophoert, "ophoert", "ophørt"),
        (Afgoerelsestype.IkkeOmfattet, "ikke_omfattet", "ikke omfattet"));

    private static readonly Kodeliste<Fokusmaal> s_fokusmaal = new(
        (Fokusmaal.Fm1, "fm1"),
        (Fokusmaal.Fm2, "fm2"));

    private static readonly Kodeliste<Gennemsnit> s_gennemsnit = new(
        (Gennemsnit.Maanedsandele, "maanedsandele"),
        (Gennemsnit.Samlet, "samlet"));

    private static readonly Kodeliste<ForloebBrud> s_brud = new(
        (ForloebBrud.HelKalendermaaned, "hel_kalendermaaned"),
        (ForloebBrud.Dage, "dage"));

    // SPEC §7 passivsager.csv: mangler.
    private static readonly Kodeliste<Mangel> s_mangler = new(
        (Mangel.Tilbud, "tilbud"),
        (Mangel.Samtaler, "samtaler"),
        (Mangel.Begge, "begge"));

    // The codes of forklaring.json (skaerpet forklar).
    private static readonly Kodeliste<Maalestatus> s_maalestatusser = new(
        (Maalestatus.IMaalgruppe, "i_maalgruppe"),
        (Maalestatus.IngenYdelse, "ingen_ydelse"),
        (Maalestatus.DoedDag, "doed_dag"),
        (Maalestatus.ForKortForloeb, "for_kort_forloeb"),
        (Maalestatus.Fritaget, "fritaget"));

    private static readonly Kodeliste<Indsatsvurdering> s_vurderinger = new(
        (Indsatsvurdering.Taeller, "taeller"),
        (Indsatsvurdering.FoerVindue, "foer_vindue"),
        (Indsatsvurdering.EfterVindue, "efter_vindue"),
        (Indsatsvurdering.AabenTil, "aaben_til"),
        (Indsatsvurdering.P91Udelukket, "p91_udelukket"),
        (Indsatsvurdering.FoersteJobsamtaleIkkePersonligt, "foerste_jobsamtale_ikke_personligt"));

    private static readonly Kodeliste<Overgangsudfald> s_udfald = new(
        (Overgangsudfald.NytForloebPause, "nyt_forloeb_pause"),
        (Overgangsudfald.NytForloebYdelsesskift, "nyt_forloeb_ydelsesskift"),
        (Overgangsudfald.FortsaettendeSkift, "fortsaettende_skift"),
        (Overgangsudfald.PauseUdenBrud, "pause_uden_brud"),
        (Overgangsudfald.Kommuneskift, "kommuneskift"));

    private static readonly Kodeliste<Brudaarsag> s_brudaarsager = new(
        (Brudaarsag.Foerste, "foerste"),
        (Brudaarsag.Pause, "pause"),
        (Brudaarsag.Ydelsesskift, "ydelsesskift"));

    private static readonly Kodeliste<Indsatsart> s_indsatsarter = new(
        (Indsatsart.Tilbud, "tilbud"),
        (Indsatsart.Timer, "timer"),
        (Indsatsart.Samtale, "samtale"));

    /// <summary>Every ydelse in code-list order.</summary>
    public static IReadOnlyList<Ydelse> AlleYdelser => s_ydelser.Alle;

    /// <summary>Every decision in the order summaries list them: udvalgt, forlaenget, administration, fortsat_administration, ophoert, ikke_omfattet.</summary>
    public static IReadOnlyList<Afgoerelsestype> AlleAfgoerelsestyper => s_afgoerelser.Alle;

    public static string Kode(Ydelse v) => s_ydelser.Kode(v);

    public static string Kode(SamtaleType v) => s_samtaleTyper.Kode(v);

    public static string Kode(SamtaleForm v) => s_samtaleFormer.Kode(v);

    public static string Kode(TilbudType v) => s_tilbudTyper.Kode(v);

    public static string Kode(FritagelseAarsag v) => s_aarsager.Kode(v);

    public static string Kode(Tilsynsstatus v) => s_statusser.Kode(v);

    public static string Kode(Afgoerelsestype v) => s_afgoerelser.Kode(v);

    public static string Kode(Fokusmaal v) => s_fokusmaal.Kode(v);

    public static string Kode(Gennemsnit v) => s_gennemsnit.Kode(v);

    public static string Kode(ForloebBrud v) => s_brud.Kode(v);

    public static string Kode(Mangel v) => s_mangler.Kode(v);

    public static string Kode(Maalestatus v) => s_maalestatusser.Kode(v);

    public static string Kode(Indsatsvurdering v) => s_vurderinger.Kode(v);

    public static string Kode(Overgangsudfald v) => s_udfald.Kode(v);

    public static string Kode(Brudaarsag v) => s_brudaarsager.Kode(v);

    public static string Kode(Indsatsart v) => s_indsatsarter.Kode(v);

    /// <summary>The status in words, as the report shows it (<c>skærpet tilsyn</c>).</summary>
    public static string Tekst(Tilsynsstatus v) => s_statusser.Tekst(v);

    /// <summary>The decision in words, as the report and the console show it (<c>fortsat administration</c>).</summary>
    public static string Tekst(Afgoerelsestype v) => s_afgoerelser.Tekst(v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Ydelse v) => s_ydelser.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out SamtaleType v) => s_samtaleTyper.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out SamtaleForm v) => s_samtaleFormer.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out TilbudType v) => s_tilbudTyper.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out FritagelseAarsag v) => s_aarsager.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Tilsynsstatus v) => s_statusser.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Fokusmaal v) => s_fokusmaal.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Gennemsnit v) => s_gennemsnit.TryParse(tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out ForloebBrud v) => s_brud.TryParse(tekst, out v);
}
