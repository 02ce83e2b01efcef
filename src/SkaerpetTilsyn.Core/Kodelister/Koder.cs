namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The text codes of the input and output files (SPEC §2), both ways.</summary>
public static class Koder
{
    private static readonly string[] s_ydelser =
        ["dagpenge", "sygedagpenge", "sho", "uddannelseshjaelp", "kontanthjaelp", "revalidering", "ressourceforloeb", "ledighedsydelse"];

    private static readonly string[] s_samtaleTyper = ["jobsamtale", "sygeopfoelgning"];
    private static readonly string[] s_samtaleFormer = ["personligt", "telefon", "digital"];
    private static readonly string[] s_tilbudTyper = ["virksomhedspraktik", "loentilskud", "nytteindsats", "vejledning", "oevrig_vejledning"];
    private static readonly string[] s_aarsager = ["barsel", "standby", "andet"];
    private static readonly string[] s_statusser = ["ingen", "skaerpet", "forlaenget", "administration"];
    private static readonly string[] s_afgoerelser = ["udvalgt", "ikke_omfattet", "ophoert", "forlaenget", "administration", "fortsat_administration"];
    private static readonly string[] s_fokusmaal = ["fm1", "fm2"];
    private static readonly string[] s_gennemsnit = ["maanedsandele", "samlet"];
    private static readonly string[] s_brud = ["hel_kalendermaaned", "dage"];

    /// <summary>Every ydelse in code-list order.</summary>
    public static IReadOnlyList<Ydelse> AlleYdelser { get; } = Enum.GetValues<Ydelse>();

    public static string Kode(Ydelse v) => s_ydelser[(int)v];

    public static string Kode(SamtaleType v) => s_samtaleTyper[(int)v];

    public static string Kode(SamtaleForm v) => s_samtaleFormer[(int)v];

    public static string Kode(TilbudType v) => s_tilbudTyper[(int)v];

    public static string Kode(FritagelseAarsag v) => s_aarsager[(int)v];

    public static string Kode(Tilsynsstatus v) => s_statusser[(int)v];

    public static string Kode(Afgoerelsestype v) => s_afgoerelser[(int)v];

    public static string Kode(Fokusmaal v) => s_fokusmaal[(int)v];

    public static string Kode(Gennemsnit v) => s_gennemsnit[(int)v];

    public static string Kode(ForloebBrud v) => s_brud[(int)v];

    public static bool TryParse(ReadOnlySpan<char> tekst, out Ydelse v) => Find(s_ydelser, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out SamtaleType v) => Find(s_samtaleTyper, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out SamtaleForm v) => Find(s_samtaleFormer, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out TilbudType v) => Find(s_tilbudTyper, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out FritagelseAarsag v) => Find(s_aarsager, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Tilsynsstatus v) => Find(s_statusser, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Fokusmaal v) => Find(s_fokusmaal, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out Gennemsnit v) => Find(s_gennemsnit, tekst, out v);

    public static bool TryParse(ReadOnlySpan<char> tekst, out ForloebBrud v) => Find(s_brud, tekst, out v);

    private static bool Find<T>(string[] koder, ReadOnlySpan<char> tekst, out T v)
        where T : struct, Enum
    {
        for (int i = 0; i < koder.Length; i++)
        {
            if (tekst.SequenceEqual(koder[i]))
            {
                v = (T)Enum.ToObject(typeof(T), i);
                return true;
            }
        }

        v = default;
        return false;
    }
}
