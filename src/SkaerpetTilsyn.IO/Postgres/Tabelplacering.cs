using Npgsql;
using SkaerpetTilsyn.IO.Filer;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Postgres;

/// <summary>Where each input is in a database (SPEC §13.2): the tables or views of the schema, with the same required and optional ones as a data folder's files.</summary>
internal static class Tabelplacering
{
    /// <summary>Tables, partitioned tables, views, materialized views and foreign tables: anything a SELECT reads.</summary>
    private const string Relationer = """
        SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname = ANY($2)
        """;

    /// <summary>Connects once and locates every table before any is read, so a missing one fails before a large one is sorted; <c>--status</c> and <c>--milepaele</c> files take the place of their tables.</summary>
    public static Filplacering Opsoeg(Databasekilde kilde, Indlaesningsvalg valg)
    {
        HashSet<string> fundne = [];
        string version;
        using (var forbindelse = kilde.Forbind())
        {
            version = forbindelse.ServerVersion;
            try
            {
                using (var skema = new NpgsqlCommand("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1", forbindelse))
                {
                    skema.Parameters.Add(new NpgsqlParameter { Value = kilde.Skema });
                    if (skema.ExecuteScalar() is null)
                    {
                        throw Postgresfejl.SkemaMangler(kilde);
                    }
                }

                using var tabeller = new NpgsqlCommand(Relationer, forbindelse);
                tabeller.Parameters.Add(new NpgsqlParameter { Value = kilde.Skema });
                tabeller.Parameters.Add(new NpgsqlParameter { Value = Databasekilde.Tabelnavne });
                using var laeser = tabeller.ExecuteReader();
                while (laeser.Read())
                {
                    fundne.Add(laeser.GetString(0));
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                throw Postgresfejl.Forbindelse(kilde, e);
            }
        }

        string? Tabel(string navn, bool paakraevet) =>
            fundne.Contains(navn) ? kilde.Navn(navn) : paakraevet ? throw Postgresfejl.TabelMangler(kilde, navn) : null;

        return new Filplacering(
            Tabel("ydelser", paakraevet: true)!,
            Tabel("samtaler", paakraevet: true)!,
            Tabel("tilbud", paakraevet: true)!,
            Tabel("timer", paakraevet: false),
            Tabel("fritagelser", paakraevet: false),
            Tabel("benchmark", paakraevet: valg.KraevBenchmark),
            valg.StatusFil is { } status ? Filplacering.Statusfil(status) : Tabel("status", paakraevet: false),
            valg.MilepaeleFil is { } milepaele ? Filplacering.Milepaelsfil(milepaele) : valg.LaesMilepaele ? Tabel("milepaele", paakraevet: false) : null)
        {
            Database = new Databaseoplysninger(version, kilde.Skema, kilde.Vaert, kilde.Port, kilde.Database, kilde.Bruger),
        };
    }
}
