namespace SkaerpetTilsyn.IO.Postgres;

/// <summary>The columns of each input in SPEC §2's order (and §11.5's for milepaele), required and optional, which a table's query selects and sorts by.</summary>
internal static class Tabelkolonner
{
    public static (string[] Paakraevede, string[] Valgfrie) For(string tabel) => tabel switch
    {
        "ydelser" => (["person_id", "kommune", "ydelse", "fra", "til"], []),
        "samtaler" => (["person_id", "dato", "type", "form"], []),
        "tilbud" => (["person_id", "fra", "til", "type"], []),
        "timer" => (["person_id", "fra", "til", "timer"], []),
        "fritagelser" => (["person_id", "fra", "til", "aarsag"], []),
        "benchmark" => (["aar", "kommune", "faktisk", "forventet"], []),
        "status" => (["kommune", "status", "udvalgt_aar", "basis_fm1", "basis_fm2"], ["meddelt"]),
        "milepaele" => (["kommune", "maaned", "fm1_maal", "fm2_maal"], []),
        _ => throw new ArgumentOutOfRangeException(nameof(tabel), tabel, "Not an input of SPEC §2."),
    };
}
