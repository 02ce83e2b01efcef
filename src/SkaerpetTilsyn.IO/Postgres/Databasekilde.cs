using Npgsql;

namespace SkaerpetTilsyn.IO.Postgres;

/// <summary>A PostgreSQL database as the input (SPEC §13.2, <c>--kilde</c> and <c>--skema</c>): the tables or views of one schema instead of a data folder's files.</summary>
/// <remarks>Made only by <see cref="Fortolk"/>, which refuses a connection string with a password, so none is ever held, echoed or recorded.</remarks>
public sealed record Databasekilde
{
    /// <summary>The schema read when <c>--skema</c> is not given.</summary>
    public const string StandardSkema = "public";

    /// <summary>The sentence for input given both as a folder and a database, or as neither.</summary>
    public const string EnAfDem = "Giv enten --data med en datamappe eller --kilde med en PostgreSQL-database, ikke begge og ikke ingen af dem.";

    /// <summary>The inputs a schema may hold, in the order of SPEC §2 and §11.5.</summary>
    internal static string[] Tabelnavne { get; } = ["ydelser", "samtaler", "tilbud", "timer", "fritagelser", "benchmark", "status", "milepaele"];

    private Databasekilde(NpgsqlConnectionStringBuilder forbindelse, string skema)
    {
        Forbindelse = forbindelse.ConnectionString;
        Vaert = forbindelse.Host;
        Port = forbindelse.Port;
        Database = forbindelse.Database;
        Bruger = forbindelse.Username;
        Skema = skema;
    }

    /// <summary>The Npgsql connection string, without a password.</summary>
    public string Forbindelse { get; }

    /// <summary>The schema that holds the tables (<c>--skema</c>).</summary>
    public string Skema { get; }

    /// <summary>The host as the string gives it; null leaves it to Npgsql's default (<c>PGHOST</c>).</summary>
    public string? Vaert { get; }

    public int Port { get; }

    /// <summary>The database as the string gives it; null leaves it to Npgsql's default.</summary>
    public string? Database { get; }

    /// <summary>The user as the string gives it; null leaves it to Npgsql's default.</summary>
    public string? Bruger { get; }

    /// <summary>Reads a connection string and a schema; a password in the string (<c>Password</c>, <c>Pwd</c> or <c>Psw</c>, any case) and a string Npgsql cannot read are refused without repeating it.</summary>
    /// <exception cref="InputFejlException">The string holds a password or cannot be read.</exception>
    public static Databasekilde Fortolk(string forbindelse, string? skema = null)
    {
        ArgumentNullException.ThrowIfNull(forbindelse);
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = new NpgsqlConnectionStringBuilder(forbindelse);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            // The exception's own text can quote the string, and with it a password: only the sentence goes out.
            throw Postgresfejl.UgyldigForbindelse();
        }

        // The builder knows Npgsql's synonyms of Password, whatever their case.
        if (b.ContainsKey("Password") && b.Password is not null)
        {
            throw Postgresfejl.Adgangskode();
        }

        skema ??= StandardSkema;
        return skema.Length == 0 ? throw Postgresfejl.TomtSkema() : new Databasekilde(b, skema);
    }

    /// <summary>What messages and <c>afviste.csv</c> call a table: <c>S.tabel</c>.</summary>
    internal string Navn(string tabel) => $"{Skema}.{tabel}";

    /// <summary>Whether <paramref name="sti"/> is the name <see cref="Navn"/> gives one of the tables, and which.</summary>
    internal bool ErTabel(string sti, out string tabel)
    {
        tabel = "";
        if (sti.Length <= Skema.Length + 1 || !sti.StartsWith(Skema, StringComparison.Ordinal) || sti[Skema.Length] != '.')
        {
            return false;
        }

        string navn = sti[(Skema.Length + 1)..];
        if (Array.IndexOf(Tabelnavne, navn) < 0)
        {
            return false;
        }

        tabel = navn;
        return true;
    }

    /// <summary>The table as SQL names it, each part quoted.</summary>
    internal string Sql(string tabel) => $"{Citer(Skema)}.{Citer(tabel)}";

    /// <summary>An identifier in double quotes, a quote in it doubled.</summary>
    internal static string Citer(string navn) => "\"" + navn.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Where the server is, for messages: host and port, or Npgsql's default.</summary>
    internal string Sted => Vaert is null ? "standardværten" : $"{Vaert}:{Port}";

    /// <summary>An open connection; a refused connection, a failed login and a missing database are one Danish sentence each.</summary>
    internal NpgsqlConnection Forbind()
    {
        var forbindelse = new NpgsqlConnection(Forbindelse);
        try
        {
            forbindelse.Open();
            return forbindelse;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            forbindelse.Dispose();
            throw Postgresfejl.Forbindelse(this, e);
        }
    }
}
