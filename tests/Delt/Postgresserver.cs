using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace SkaerpetTilsyn.Testvaerktoej;

/// <summary>
/// A PostgreSQL server for the tests (SPEC §13.2): the one <c>SKAERPET_PG</c> names (a connection string without a password to a server where
/// databases may be created), else a throwaway cluster this process starts with <c>initdb -A trust</c> and <c>pg_ctl</c> in a temporary folder, on
/// a Unix socket only, as the <c>postgres</c> user when run as root; it is stopped and removed on <see cref="Dispose"/> or when the process ends.
/// </summary>
/// <remarks>
/// Shared by the IO and CLI tests as the fixture of the <see cref="Postgressamling"/> collection, which xunit disposes when its last test has run.
/// Each test takes a database of its own (<see cref="NyDatabase"/>), so tests never see each other's tables.
/// </remarks>
public sealed class Postgresserver : IDisposable
{
    public const string Miljoevariabel = "SKAERPET_PG";

    private readonly string? _mappe;
    private readonly string? _bin;
    private int _databaser;

    public Postgresserver()
    {
        if (Environment.GetEnvironmentVariable(Miljoevariabel) is { Length: > 0 } givet)
        {
            Forbindelse = givet;
            return;
        }

        _bin = Binaermappe() ?? throw new InvalidOperationException(Mangler ?? "initdb and pg_ctl not found.");
        _mappe = Path.Combine(Path.GetTempPath(), "skaerpet-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_mappe);
        bool rod = Environment.UserName == "root";
        if (rod)
        {
            Koer("chown", "postgres", _mappe);
        }

        int port = 20000 + (Environment.ProcessId % 20000);
        KoerSomEjer(Path.Combine(_bin, "initdb"), "-D", Path.Combine(_mappe, "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C");
        KoerSomEjer(
            Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_mappe, "data"), "-l", Path.Combine(_mappe, "server.log"), "-w",
            "-o", string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses='' -c unix_socket_directories='{_mappe}' -p {port} -c fsync=off"), "start");
        Forbindelse = string.Create(CultureInfo.InvariantCulture, $"Host={_mappe};Port={port};Username=postgres;Database=postgres");
    }

    /// <summary>Why no server can be had here, for a skipped test; null when there is one (or when <c>CI=true</c>, where a missing server must fail, not skip).</summary>
    public static string? Mangler { get; } =
        Environment.GetEnvironmentVariable(Miljoevariabel) is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") == "true" || Binaermappe() is not null
            ? null
            : $"Ingen PostgreSQL: {Miljoevariabel} er ikke sat, og initdb/pg_ctl findes hverken på PATH eller i /usr/lib/postgresql/*/bin (apt-get install postgresql).";

    /// <summary>A connection string to the server's maintenance database, without a password.</summary>
    public string Forbindelse { get; }

    /// <summary>A new, empty database and a connection string to it.</summary>
    public string NyDatabase()
    {
        int nummer = Interlocked.Increment(ref _databaser);
        string navn = FormattableString.Invariant($"t{Environment.ProcessId}_{nummer}_{Guid.NewGuid():N}")[..40];
        using (var forbindelse = new NpgsqlConnection(Forbindelse))
        {
            forbindelse.Open();
            using var kommando = new NpgsqlCommand($"CREATE DATABASE \"{navn}\"", forbindelse);
            kommando.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Forbindelse) { Database = navn }.ConnectionString;
    }

    public void Dispose()
    {
        if (_mappe is null || !Directory.Exists(_mappe))
        {
            return;
        }

        try
        {
            KoerSomEjer(Path.Combine(_bin!, "pg_ctl"), "-D", Path.Combine(_mappe, "data"), "-m", "fast", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes all the same.
        }

        // The server's last processes may still be closing files as pg_ctl returns.
        for (int forsoeg = 0; ; forsoeg++)
        {
            try
            {
                Directory.Delete(_mappe, recursive: true);
                return;
            }
            catch (IOException) when (forsoeg < 20)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>The folder with initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/*/bin.</summary>
    private static string? Binaermappe()
    {
        foreach (string mappe in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(mappe, "initdb")) && File.Exists(Path.Combine(mappe, "pg_ctl")))
            {
                return mappe;
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), CultureInfo.InvariantCulture, out int v) ? v : 0)
                .LastOrDefault()
            : null;
    }

    /// <summary>initdb and the server refuse to run as root: as root they run as postgres.</summary>
    private static void KoerSomEjer(string program, params string[] argumenter)
    {
        if (Environment.UserName == "root")
        {
            Koer("runuser", ["-u", "postgres", "--", program, .. argumenter]);
        }
        else
        {
            Koer(program, argumenter);
        }
    }

    private static void Koer(string program, params string[] argumenter)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in argumenter)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var ud = p.StandardOutput.ReadToEndAsync();
        string fejl = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', argumenter)} failed ({p.ExitCode}): {fejl}{ud.Result}");
        }
    }
}

/// <summary>The tests that use the server: one server for all of them, stopped and removed after the last.</summary>
[CollectionDefinition(Navn)]
public sealed class Postgressamling : ICollectionFixture<Postgresserver>
{
    public const string Navn = "PostgreSQL";
}
