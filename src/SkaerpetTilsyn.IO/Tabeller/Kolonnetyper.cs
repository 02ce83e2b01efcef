using System.Collections.Frozen;

namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>The type of every column of every result table, by column name: one table for CSV, Parquet and DataFrames alike (SPEC §13.3).</summary>
/// <remarks>
/// A name means the same thing in every table it appears in (<c>kommune</c> is always the code, <c>maalgruppe</c> always a count), so one entry
/// types it everywhere. It lists every column of SPEC §7 and §10–§12; a table written with a column that is not here cannot become Parquet,
/// and the test that runs every command on the demo fails for it.
/// </remarks>
public static class Kolonnetyper
{
    private static readonly FrozenDictionary<string, Kolonnetype> s_typer = Byg(
        (Kolonnetype.Heltal,
        [
            "kommune", "aar", "udvalgt_aar", "linje",
            "maalgruppe", "uden_indsats", "faa_samtaler", "maalgruppe_a", "maalgruppe_b", "uden_indsats_a", "uden_indsats_b", "faa_samtaler_a", "faa_samtaler_b",
            "taellede_dage", "tilbud_i_vindue", "samtaler_i_vindue", "samtaler_mangler",
            "maaneder_maalt", "resterende_maaneder", "personer_pr_maaned", "personer_pr_maaned_forlaengelse",
        ]),
        (Kolonnetype.Dato,
        [
            "meddelelse", "redegoerelse_senest", "genopretning_slut", "minimumskrav_fra", "sagsgennemgang_senest", "meddelt", "forloeb_start",
        ]),
        (Kolonnetype.Procent,
        [
            "fm1", "fm2", "fm1_a", "fm1_b", "fm2_a", "fm2_b", "fm1_12m", "fm2_12m", "basis_fm1", "basis_fm2", "fm1_milepael", "fm2_milepael",
            "andel_uden_indsats", "andel_faa_samtaler", "andel_med_tilbud", "andel_4_samtaler",
            "aarstal_hidtil", "nuvaerende_andel", "maks_andel_resten", "graense_forlaengelse", "maks_andel_resten_forlaengelse",
        ]),
        (Kolonnetype.Timer, ["timer_i_vindue", "timer_mangler"]),
        (Kolonnetype.Tekst,
        [
            // Months stay text yyyy-MM; faktisk and forventet are echoed as given (SPEC §8.8), raekke as it stood in the file.
            "maaned", "maalt_til", "foerste_maaned_uden_indsats", "foerste_maaned_faa_samtaler", "faktisk", "forventet", "fil", "aarsag", "raekke",
            "navn", "person_id", "ydelse", "status", "status_foer", "status_efter", "status_efter_a", "status_efter_b", "afgoerelse", "afgoerelse_a",
            "afgoerelse_b", "hjemmel", "mangler", "fokusmaal", "regelsaet",
            "resultatmaal_opfyldt", "fm1_opfyldt", "fm2_opfyldt", "risiko", "minimumskrav_opfyldt", "milepael_naaet", "kan_naas", "kan_forlaenges", "aendret",
        ]));

    /// <summary>Every typed column name and its type.</summary>
    public static IReadOnlyDictionary<string, Kolonnetype> Alle => s_typer;

    /// <summary>The type of <paramref name="kolonne"/>; false when the column has no entry.</summary>
    public static bool Find(string kolonne, out Kolonnetype type) => s_typer.TryGetValue(kolonne, out type);

    /// <summary>The type of <paramref name="kolonne"/> of <paramref name="tabel"/>.</summary>
    /// <exception cref="InvalidOperationException">The column has no entry: a writer has a column no one gave a type.</exception>
    public static Kolonnetype Type(string tabel, string kolonne) =>
        Find(kolonne, out var type)
            ? type
            : throw new InvalidOperationException($"Kolonnen '{kolonne}' i {tabel} har ingen type i Kolonnetyper; tilføj den dér.");

    /// <summary>The Parquet DECIMAL precision and scale of a decimal type.</summary>
    internal static (int Praecision, int Decimaler) Decimalformat(Kolonnetype type) => type switch
    {
        Kolonnetype.Procent => (7, 2),
        Kolonnetype.Timer => (18, 4),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Kun procent og timer er decimaltal."),
    };

    private static FrozenDictionary<string, Kolonnetype> Byg(params (Kolonnetype Type, string[] Kolonner)[] grupper)
    {
        var typer = new Dictionary<string, Kolonnetype>(StringComparer.Ordinal);
        foreach (var (type, kolonner) in grupper)
        {
            foreach (string k in kolonner)
            {
                // Two entries for one name would type a column by the order of this list.
                if (!typer.TryAdd(k, type))
                {
                    throw new InvalidOperationException($"Kolonnen '{k}' står to gange i Kolonnetyper.");
                }
            }
        }

        return typer.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
