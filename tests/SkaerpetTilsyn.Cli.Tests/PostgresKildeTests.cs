using System.Text;
using System.Text.Json;
using Npgsql;
using SkaerpetTilsyn.Testvaerktoej;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>
/// The data in PostgreSQL (SPEC §13.2), as text tables or typed, give the CSV run's outputs byte for byte; rejected rows are the same rows with
/// the same reasons, named <c>S.tabel</c> and numbered in the table's ORDER BY.
/// </summary>
[Collection(Postgressamling.Navn)]
public class PostgresKildeTests(Postgresserver server)
{
    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Opgoerelse_DemoIPostgres_SammeBytesSomCsv(bool typede)
    {
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, csv);
        string forbindelse = server.NyDatabase();
        CsvTilPostgres.Mappe(forbindelse, csv, typede);

        var afviste = SammeUdfald(csv, forbindelse, "public", "opgoerelse", "--aar", "2023");

        afviste.Should().Contain(l => l.StartsWith("public.ydelser,", StringComparison.Ordinal), "the demo has bad ydelser rows");
    }

    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Opgoerelse_GenereretMedFejlOgDubletterIEgetSkema_SammeResultaterOgAfviste(bool typede)
    {
        string genereret = Repo.NyMappe();
        Koersel.Start("generer", "--ud", genereret, "--personer", "1500", "--bad-rows", "30", "--seed", "7").Kode.Should().Be(0);
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(genereret, csv);
        string tilbud = Path.Combine(csv, "tilbud.csv");
        File.AppendAllLines(tilbud, File.ReadAllLines(tilbud).Skip(1).Take(3));
        string forbindelse = server.NyDatabase();
        CsvTilPostgres.Mappe(forbindelse, csv, typede, "udtraek_2024");

        var afviste = SammeUdfald(csv, forbindelse, "udtraek_2024", "opgoerelse", "--aar", "2023");

        afviste.Should().Contain(l => l.StartsWith("udtraek_2024.samtaler,", StringComparison.Ordinal));
    }

    [PostgresFact]
    public void Valider_GenereretMedFejl_SammeAfvisteSomCsv()
    {
        string genereret = Repo.NyMappe();
        Koersel.Start("generer", "--ud", genereret, "--personer", "800", "--bad-rows", "20", "--seed", "9").Kode.Should().Be(0);
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(genereret, csv);
        string forbindelse = server.NyDatabase();
        CsvTilPostgres.Mappe(forbindelse, csv, typede: false);

        SammeUdfald(csv, forbindelse, "public", "valider").Should().NotBeEmpty();
    }

    [PostgresFact]
    public void Opgoerelse_Postgres_KoerselNaevnerServerSkemaOgHashPrTabelOgGenkoersel()
    {
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, csv);
        string forbindelse = server.NyDatabase();
        CsvTilPostgres.Mappe(forbindelse, csv, typede: true);
        string ud = Repo.NyMappe();
        string[] kommando = ["opgoerelse", "--kilde", forbindelse, "--aar", "2023", "--ud", ud];

        Koersel.Start(kommando).Kode.Should().Be(0);

        using var koersel = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ud, "koersel.json")));
        var database = koersel.RootElement.GetProperty("database");
        database.GetProperty("server").GetString().Should().Be("postgresql");
        database.GetProperty("serverversion").GetString().Should().NotBeNullOrEmpty();
        database.GetProperty("skema").GetString().Should().Be("public");
        database.GetProperty("database").GetString().Should().Be(new NpgsqlConnectionStringBuilder(forbindelse).Database);
        var filer = koersel.RootElement.GetProperty("filer").EnumerateArray().ToDictionary(f => f.GetProperty("navn").GetString()!);
        filer.Keys.Should().Equal("public.ydelser", "public.samtaler", "public.tilbud", "public.timer", "public.fritagelser", "public.benchmark", "public.status");
        filer["public.benchmark"].GetProperty("laest").GetInt64().Should().Be(File.ReadAllLines(Path.Combine(csv, "benchmark.csv")).Length - 1);
        filer["public.benchmark"].GetProperty("sha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$");

        // The same run again replaces the folder silently (SPEC §7); other rows in a table make it another run's outputs.
        Koersel.Start(kommando).Kode.Should().Be(0);
        using (var f = new NpgsqlConnection(forbindelse))
        {
            f.Open();
            CsvTilPostgres.Sql(f, "DELETE FROM benchmark WHERE aar = 2020");
        }

        var anden = Koersel.Start(kommando);
        anden.Kode.Should().Be(2);
        anden.Fejl.Should().Contain("indeholder resultaterne af en anden kørsel");
    }

    [PostgresFact]
    public void Opgoerelse_StatusFilVedSidenAfDatabase_ErstatterTabellen()
    {
        string csv = Repo.NyMappe();
        CsvTilParquet.Repraesentabel(Repo.Demo, csv);
        string forbindelse = server.NyDatabase();
        CsvTilPostgres.Mappe(forbindelse, csv, typede: false);
        string status = Path.Combine(Repo.NyMappe(), "status.csv");
        File.WriteAllText(status, "kommune,status,udvalgt_aar,basis_fm1,basis_fm2\n");
        string ud = Repo.NyMappe();

        Koersel.Start("opgoerelse", "--kilde", forbindelse, "--status", status, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"navn\": \"status.csv\"").And.NotContain("public.status");
    }

    [PostgresFact]
    public void Opgoerelse_ManglendeTabel_Exit2NaevnerSkemaOgTabel()
    {
        string forbindelse = server.NyDatabase();
        using (var f = new NpgsqlConnection(forbindelse))
        {
            f.Open();
            CsvTilPostgres.Sql(f, "CREATE TABLE ydelser (person_id text, kommune text, ydelse text, fra text, til text)");
            CsvTilPostgres.Sql(f, "CREATE TABLE samtaler (person_id text, dato text, type text, form text)");
        }

        var k = Koersel.Start("opgoerelse", "--kilde", forbindelse, "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: Den påkrævede tabel public.tilbud findes ikke i databasen '{new NpgsqlConnectionStringBuilder(forbindelse).Database}'.\n");
    }

    public static TheoryData<string[]> EnAfDataOgKilde => new()
    {
        { new[] { "opgoerelse", "--aar", "2023", "--ud", "ud" } },
        { new[] { "opgoerelse", "--data", "d", "--kilde", "Host=x;Username=y", "--aar", "2023", "--ud", "ud" } },
        { new[] { "monitor", "--til", "2023-06", "--ud", "ud" } },
        { new[] { "diff", "--aar", "2023", "--regler", "bek-301-2023", "--mod", "bek-301-2023", "--ud", "ud" } },
        { new[] { "historik", "--fra", "2022", "--til", "2023", "--ud", "ud" } },
        { new[] { "arbejdsliste", "--fra", "2024-01", "--ud", "ud" } },
        { new[] { "valider", "--data", "d", "--kilde", "Host=x;Username=y" } },
        { new[] { "forklar", "--person", "P1", "--maaned", "2023-01" } },
    };

    [Theory]
    [MemberData(nameof(EnAfDataOgKilde))]
    public void Kommando_BaadeEllerIngenAfDataOgKilde_Exit2(string[] args)
    {
        var k = Koersel.Start(args);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("Fejl: Giv enten --data med en datamappe eller --kilde med en PostgreSQL-database, ikke begge og ikke ingen af dem.");
    }

    [Fact]
    public void Opgoerelse_AdgangskodeIKilde_Exit2UdenAtGentageDen()
    {
        var k = Koersel.Start("opgoerelse", "--kilde", "Host=localhost;Username=skaerpet;PWD=Hemmelig42", "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("--kilde indeholder en adgangskode (Password, Pwd eller Psw)").And.Contain("PGPASSWORD");
        (k.Fejl + k.Ud).Should().NotContain("Hemmelig42");
    }

    [Fact]
    public void Opgoerelse_SkemaUdenKilde_Exit2()
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--skema", "s", "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("Fejl: --skema gælder kun sammen med --kilde.");
    }

    [Fact]
    public void Opgoerelse_UdErStatusfilenMedKilde_Exit2()
    {
        string status = Path.Combine(Repo.NyMappe(), "status.csv");
        File.WriteAllText(status, "kommune,status,udvalgt_aar,basis_fm1,basis_fm2\n");

        var k = Koersel.Start("opgoerelse", "--kilde", "Host=localhost;Port=1;Username=x", "--status", status, "--aar", "2023", "--ud", Path.GetDirectoryName(status)!);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("fra --status").And.NotContain("forbindelse");
    }

    /// <summary>
    /// Runs the command on the folder and the database and asserts the same files with the same bytes: koersel.json aside, rapport.html without
    /// its Datagrundlag, and afviste.csv as the same rows with the same reasons (its <c>fil</c> and <c>linje</c> follow the table and its order).
    /// </summary>
    private static string[] SammeUdfald(string csv, string forbindelse, string skema, params string[] kommando)
    {
        var fraCsv = Koer(kommando, "--data", csv);
        var fraPostgres = Koer(kommando, "--kilde", forbindelse, "--skema", skema);
        fraPostgres.Keys.Should().BeEquivalentTo(fraCsv.Keys);
        string[] afviste = [];
        foreach (var (navn, bytes) in fraCsv)
        {
            switch (navn)
            {
                case "koersel.json":
                    continue;
                case "afviste.csv":
                    afviste = Encoding.UTF8.GetString(fraPostgres[navn]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    UdenFilOgLinje(fraPostgres[navn], skema + ".").Should().Equal(UdenFilOgLinje(bytes, ""), navn);
                    continue;
                case "rapport.html":
                    UdenDatagrundlag(fraPostgres[navn]).Should().Be(UdenDatagrundlag(bytes), navn);
                    continue;
                default:
                    fraPostgres[navn].Should().Equal(bytes, navn);
                    continue;
            }
        }

        return afviste;
    }

    /// <summary>Each rejected row as its table (the file name without <c>.csv</c>), reason and text, sorted.</summary>
    private static List<string> UdenFilOgLinje(byte[] afviste, string praefiks)
    {
        var raekker = new List<string>();
        foreach (string linje in Encoding.UTF8.GetString(afviste).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            int fil = linje.IndexOf(',', StringComparison.Ordinal);
            int nummer = linje.IndexOf(',', fil + 1);
            string navn = linje[..fil];
            navn.Should().StartWith(praefiks);
            navn = navn[praefiks.Length..].Replace(".csv", "", StringComparison.Ordinal);
            raekker.Add(navn + "," + linje[(nummer + 1)..]);
        }

        raekker.Sort(StringComparer.Ordinal);
        return raekker;
    }

    private static string UdenDatagrundlag(byte[] rapport)
    {
        string html = Encoding.UTF8.GetString(rapport);
        int start = html.IndexOf("<section id=\"datagrundlag\">", StringComparison.Ordinal);
        int slut = html.IndexOf("</section>", start, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "every report begins with its Datagrundlag");
        return html[..start] + html[slut..];
    }

    private static Dictionary<string, byte[]> Koer(string[] kommando, params string[] kilde)
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start([kommando[0], .. kilde, "--ud", ud, .. kommando[1..]]);
        k.Kode.Should().Be(0, k.Fejl);
        return Directory.GetFiles(ud).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }
}
