using System.Globalization;
using Npgsql;

namespace SkaerpetTilsyn.Testvaerktoej;

/// <summary>
/// Loads simple CSV files (no quotes, every row with the header's field count, as <see cref="CsvTilParquet.Repraesentabel"/> leaves them) into
/// tables of a PostgreSQL schema with COPY: as text columns, or typed where every value of a column survives the round trip — <c>dato</c> as a
/// timestamp at 00:00, other dates as date, <c>kommune</c> smallint, <c>aar</c> integer, <c>udvalgt_aar</c> bigint, <c>timer</c> double precision,
/// the percent columns numeric; an empty value is NULL either way.
/// </summary>
internal static class CsvTilPostgres
{
    private static readonly string[] s_datoer = ["fra", "til", "dato", "meddelt"];
    private static readonly string[] s_decimaler = ["faktisk", "forventet", "basis_fm1", "basis_fm2"];

    /// <summary>Creates <paramref name="skema"/> when needed and a table per <c>*.csv</c> of <paramref name="mappe"/>.</summary>
    public static void Mappe(string forbindelse, string mappe, bool typede, string skema = "public")
    {
        using var f = new NpgsqlConnection(forbindelse);
        f.Open();
        Sql(f, $"CREATE SCHEMA IF NOT EXISTS \"{skema}\"");
        foreach (string csv in Directory.GetFiles(mappe, "*.csv"))
        {
            Fil(f, csv, $"\"{skema}\".\"{Path.GetFileNameWithoutExtension(csv)}\"", typede);
        }
    }

    public static void Sql(NpgsqlConnection forbindelse, string sql)
    {
        using var kommando = new NpgsqlCommand(sql, forbindelse);
        kommando.ExecuteNonQuery();
    }

    private static void Fil(NpgsqlConnection f, string csv, string tabel, bool typede)
    {
        string[] linjer = File.ReadAllLines(csv);
        string[] kolonner = linjer[0].TrimStart('\uFEFF').Split(',');
        string[][] raekker = [.. linjer.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
        string[] typer = [.. kolonner.Select((k, i) => typede ? Type(k, raekker.Select(r => r[i])) : "text")];
        Sql(f, $"CREATE TABLE {tabel} ({string.Join(", ", kolonner.Select((k, i) => $"\"{k}\" text"))})");
        using (var skriver = f.BeginTextImport($"COPY {tabel} FROM STDIN (FORMAT csv)"))
        {
            foreach (string linje in linjer.Skip(1).Where(l => l.Length > 0))
            {
                skriver.Write(linje);
                skriver.Write('\n');
            }
        }

        for (int i = 0; i < kolonner.Length; i++)
        {
            if (typer[i] != "text")
            {
                Sql(f, $"ALTER TABLE {tabel} ALTER COLUMN \"{kolonner[i]}\" TYPE {typer[i]} USING \"{kolonner[i]}\"::{typer[i]}");
            }
        }
    }

    /// <summary>The column's type when every value keeps its text through it, else text.</summary>
    private static string Type(string kolonne, IEnumerable<string> vaerdier)
    {
        string oenske = kolonne == "dato" ? "timestamp"
            : s_datoer.Contains(kolonne) ? "date"
            : kolonne == "kommune" ? "smallint"
            : kolonne == "aar" ? "integer"
            : kolonne == "udvalgt_aar" ? "bigint"
            : kolonne == "timer" ? "double precision"
            : s_decimaler.Contains(kolonne) ? "numeric"
            : "text";
        foreach (string v in vaerdier.Where(v => v.Length > 0))
        {
            bool holder = oenske switch
            {
                "timestamp" or "date" => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year > 1,
                "smallint" => short.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out short s) && s.ToString(CultureInfo.InvariantCulture) == v,
                "integer" or "bigint" => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int h) && h.ToString(CultureInfo.InvariantCulture) == v,
                "double precision" => double.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double x)
                    && x.ToString("R", CultureInfo.InvariantCulture) == v,
                "numeric" => decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                    && (!v.Contains('.', StringComparison.Ordinal) || !v.EndsWith('0')) && !v.StartsWith('.') && !v.EndsWith('.') && !v.StartsWith("-.", StringComparison.Ordinal),
                _ => false,
            };
            if (!holder)
            {
                return "text";
            }
        }

        return oenske;
    }
}
