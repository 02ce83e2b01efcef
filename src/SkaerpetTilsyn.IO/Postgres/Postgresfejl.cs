using System.Net.Sockets;
using Npgsql;

namespace SkaerpetTilsyn.IO.Postgres;

/// <summary>The fatal errors of a PostgreSQL input (SPEC §13.2), each one Danish sentence that never repeats the connection string.</summary>
internal static class Postgresfejl
{
    /// <summary>insufficient_privilege.</summary>
    private const string IngenRettighed = "42501";

    public static InputFejlException Adgangskode() =>
        new InputFejlException(
            "--kilde indeholder en adgangskode (Password, Pwd eller Psw), som ikke må stå på kommandolinjen; fjern den og giv den i miljøvariablen PGPASSWORD eller i en .pgpass-fil.");

    public static InputFejlException UgyldigForbindelse() =>
        new InputFejlException("--kilde er ikke en forbindelsesstreng, som Npgsql kan læse; skriv den som \"Host=…;Port=…;Database=…;Username=…\".");

    public static InputFejlException TomtSkema() =>
        new InputFejlException("--skema er tomt; giv navnet på skemaet med tabellerne (standard public).");

    public static InputFejlException BaadeEllerIngen() =>
        new InputFejlException(Databasekilde.EnAfDem);

    /// <summary>A connection that could not be opened: refused or unreachable, the login refused, or the database missing.</summary>
    public static InputFejlException Forbindelse(Databasekilde kilde, Exception e)
    {
        string database = kilde.Database ?? "standarddatabasen";
        string bruger = kilde.Bruger ?? "standardbrugeren";
        return e switch
        {
            PostgresException { SqlState: "28P01" or "28000" } =>
                new InputFejlException($"PostgreSQL på {kilde.Sted} afviste login som '{bruger}' til databasen '{database}'; ret Username i --kilde, eller giv adgangskoden i PGPASSWORD eller en .pgpass-fil.", e),
            PostgresException { SqlState: "3D000" } =>
                new InputFejlException($"Databasen '{database}' findes ikke på PostgreSQL-serveren {kilde.Sted}; ret Database i --kilde.", e),
            PostgresException p =>
                new InputFejlException($"PostgreSQL på {kilde.Sted} afviste forbindelsen til databasen '{database}' ({p.MessageText}).", e),
            NpgsqlException { InnerException: SocketException or TimeoutException } or TimeoutException =>
                new InputFejlException($"Der kan ikke oprettes forbindelse til PostgreSQL på {kilde.Sted}; kontrollér Host og Port i --kilde, og at serveren kører.", e),
            // Npgsql says so itself when the server asks for a password and none was given.
            NpgsqlException n when n.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                new InputFejlException($"PostgreSQL på {kilde.Sted} kræver en adgangskode for '{bruger}'; giv den i miljøvariablen PGPASSWORD eller i en .pgpass-fil.", e),
            _ => new InputFejlException($"Der kan ikke oprettes forbindelse til PostgreSQL på {kilde.Sted} ({e.Message}).", e),
        };
    }

    public static InputFejlException SkemaMangler(Databasekilde kilde) =>
        new InputFejlException($"Skemaet '{kilde.Skema}' findes ikke i databasen '{kilde.Database ?? "standarddatabasen"}'; ret --skema.");

    public static InputFejlException TabelMangler(Databasekilde kilde, string tabel) =>
        new InputFejlException($"Den påkrævede tabel {kilde.Navn(tabel)} findes ikke i databasen '{kilde.Database ?? "standarddatabasen"}'.");

    public static InputFejlException Kolonnetype(string tabel, string kolonne, string type) =>
        new InputFejlException(
            $"{tabel} har kolonnen '{kolonne}' af typen {type}, som ikke kan læses; brug text, varchar, char, date, timestamp, timestamptz, smallint, integer, bigint, numeric, real eller double precision.");

    /// <summary>A query on a table that failed: no SELECT right, or anything else the server or the connection reported.</summary>
    public static InputFejlException Laesning(Databasekilde kilde, string tabel, Exception e) => e switch
    {
        PostgresException { SqlState: IngenRettighed } =>
            new InputFejlException(
                $"Brugeren '{kilde.Bruger ?? "standardbrugeren"}' må ikke læse {kilde.Navn(tabel)} (SELECT-rettighed mangler); giv den med GRANT SELECT ON {kilde.Sql(tabel)} TO brugeren.", e),
        PostgresException p => new InputFejlException($"{kilde.Navn(tabel)} kan ikke læses fra PostgreSQL ({p.MessageText}).", e),
        _ => new InputFejlException($"{kilde.Navn(tabel)} kan ikke læses fra PostgreSQL på {kilde.Sted} ({e.Message}).", e),
    };
}
