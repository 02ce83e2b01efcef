using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Postgres;
using SkaerpetTilsyn.Testvaerktoej;

namespace SkaerpetTilsyn.IO.Tests.Postgres;

/// <summary>Each table is read in the order of its §2 columns, typed values become Parquet's texts (SPEC §13.1), and every failure is one Danish sentence (SPEC §13.2).</summary>
[Collection(Postgressamling.Navn)]
public class PostgresRecordSourceTests(Postgresserver server)
{
    [PostgresFact]
    public void Read_TypedeKolonner_TekstEfterParquetsRegler()
    {
        var kilde = Database(
            "CREATE TABLE timer (person_id varchar(64), fra date, til timestamp, timer numeric, ekstra boolean)",
            "INSERT INTO timer VALUES ('P1', '2024-01-01', '2024-01-31 00:00', 1.10, true), ('P2', NULL, '2024-02-29 12:30', 100, false), ('P3', '2024-03-01', NULL, 2.50, NULL)");

        var raekker = Laes(kilde, "timer");

        raekker.Should().Equal(
            ("P1,2024-01-01,2024-01-31,1.1", null),
            ("P2,,2024-02-29T12:30:00,100", "tidspunkt i 'til' er ikke 00:00: '2024-02-29T12:30:00'"),
            ("P3,2024-03-01,,2.5", null));
    }

    [PostgresFact]
    public void Read_HeltalOgFlydende_TekstEfterParquetsRegler()
    {
        var kilde = Database(
            "CREATE TABLE benchmark (aar int2, kommune int8, faktisk real, forventet double precision)",
            "INSERT INTO benchmark VALUES (2023, 101, 0.1, 1e21), (2023, 147, 16.4, 0.000001), (2024, 101, -2.5, 12345678901234567)",
            "CREATE TABLE status (kommune int4, status bpchar(8), udvalgt_aar int8, basis_fm1 numeric(7,2), basis_fm2 numeric, meddelt timestamptz)",
            "SET timezone = 'UTC'",
            "INSERT INTO status VALUES (101, 'skaerpet', 2023, 30.00, 'NaN', '2024-04-15 00:00+00'), (147, 'ingen', NULL, NULL, 123456789012345678901234567890.5, NULL)");

        Laes(kilde, "benchmark").Select(r => r.Tekst).Should().Equal(
            "2023,101,0.1,1000000000000000000000",
            "2023,147,16.4,0.000001",
            "2024,101,-2.5,12345678901234568");
        Laes(kilde, "status").Select(r => r.Tekst).Should().Equal(
            "101,skaerpet,2023,30,NaN,2024-04-15",
            "147,ingen,,,123456789012345678901234567890.5,");
    }

    [PostgresFact]
    public void Read_UsorteretTabel_ISektion2OrdenMedCollateC()
    {
        var kilde = Database(
            "CREATE TABLE samtaler (form text, type text, dato date, person_id text, note text)",
            "INSERT INTO samtaler VALUES ('telefon', 'jobsamtale', '2024-01-02', 'b', 'x'), ('digital', 'jobsamtale', '2024-01-02', 'B', 'y'),"
            + " ('personligt', 'jobsamtale', '2024-01-01', 'b', 'z'), ('digital', 'jobsamtale', '2024-01-02', 'b', 'w'), ('digital', 'jobsamtale', '2024-01-02', 'æ', 'v')");

        using var kildeTabel = PostgresRecordSource.Open(kilde, "samtaler");

        kildeTabel.Headers.Should().Equal("person_id", "dato", "type", "form");
        var linjer = new List<(long, string)>();
        while (kildeTabel.Read(out _))
        {
            linjer.Add((kildeTabel.Line, kildeTabel.RecordText()));
        }

        linjer.Should().Equal(
            (2, "B,2024-01-02,jobsamtale,digital"),
            (3, "b,2024-01-01,jobsamtale,personligt"),
            (4, "b,2024-01-02,jobsamtale,digital"),
            (5, "b,2024-01-02,jobsamtale,telefon"),
            (6, "æ,2024-01-02,jobsamtale,digital"));
    }

    [PostgresFact]
    public void Finish_KanoniskeRaekker_Sha256()
    {
        var kilde = Database(
            "CREATE TABLE benchmark (aar text, kommune text, faktisk numeric, forventet text)",
            "INSERT INTO benchmark VALUES ('2024', '101', 3.50, '4'), ('2023', '101', 1.5, NULL)");

        using var tabel = PostgresRecordSource.Open(kilde, "benchmark");
        while (tabel.Read(out _))
        {
        }

        string kanonisk = "2023,101,1.5,\n2024,101,3.5,4";
        tabel.Finish().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kanonisk))));
    }

    [PostgresFact]
    public void Open_KolonneAfUkendtType_FejlNaevnerTabelOgKolonne()
    {
        var kilde = Database("CREATE TABLE tilbud (person_id text, fra date, til date, type boolean)");

        var handling = () => PostgresRecordSource.Open(kilde, "tilbud");

        handling.Should().Throw<InputFejlException>().WithMessage(
            "public.tilbud har kolonnen 'type' af typen bool, som ikke kan læses; brug text, varchar, char, date, timestamp, timestamptz, smallint, integer, bigint, numeric, real eller double precision.");
    }

    [PostgresFact]
    public void Open_ManglendeKolonne_SammeFejlSomCsvMedSTabel()
    {
        var kilde = DatabaseMedSkema("s", "CREATE SCHEMA s", "CREATE TABLE s.tilbud (person_id text, fra date, type text)");

        var handling = () => PostgresRecordSource.Open(kilde, "tilbud");

        handling.Should().Throw<InputFejlException>().WithMessage("s.tilbud mangler kolonnen 'til' i overskriften.");
    }

    [PostgresFact]
    public void Opsoeg_ManglendePaakraevetTabel_FejlNaevnerSkemaOgTabel()
    {
        var kilde = Database("CREATE TABLE ydelser (x text)", "CREATE VIEW samtaler AS SELECT 1 AS x");

        var handling = () => Tabelplacering.Opsoeg(kilde, new Indlaesningsvalg());

        handling.Should().Throw<InputFejlException>().WithMessage($"Den påkrævede tabel public.tilbud findes ikke i databasen '{kilde.Database}'.");
    }

    [PostgresFact]
    public void Opsoeg_ValgfrieTabellerOgViews_FundneEllerFravaerende()
    {
        var kilde = Database("CREATE TABLE ydelser (x text)", "CREATE VIEW samtaler AS SELECT 1 AS x", "CREATE MATERIALIZED VIEW tilbud AS SELECT 1 AS x", "CREATE TABLE timer (x text)");

        var filer = Tabelplacering.Opsoeg(kilde, new Indlaesningsvalg());

        (filer.Ydelser, filer.Samtaler, filer.Tilbud, filer.Timer, filer.Fritagelser, filer.Benchmark, filer.Status)
            .Should().Be(("public.ydelser", "public.samtaler", "public.tilbud", "public.timer", (string?)null, (string?)null, (string?)null));
        filer.Database!.Serverversion.Should().NotBeEmpty();
    }

    [PostgresFact]
    public void Opsoeg_ManglendeSkema_Fejl()
    {
        var kilde = DatabaseMedSkema("findes_ikke");

        var handling = () => Tabelplacering.Opsoeg(kilde, new Indlaesningsvalg());

        handling.Should().Throw<InputFejlException>().WithMessage($"Skemaet 'findes_ikke' findes ikke i databasen '{kilde.Database}'; ret --skema.");
    }

    [PostgresFact]
    public void Open_UdenSelectRettighed_Fejl()
    {
        var kilde = Database("CREATE TABLE tilbud (person_id text, fra date, til date, type text)");
        string rolle = "uden_ret_" + Guid.NewGuid().ToString("N")[..8];
        using (var f = new NpgsqlConnection(kilde.Forbindelse))
        {
            f.Open();
            CsvTilPostgres.Sql(f, $"CREATE ROLE {rolle} LOGIN");
        }

        var somRolle = Databasekilde.Fortolk(new NpgsqlConnectionStringBuilder(kilde.Forbindelse) { Username = rolle }.ConnectionString);

        var handling = () => PostgresRecordSource.Open(somRolle, "tilbud");

        handling.Should().Throw<InputFejlException>().WithMessage(
            $"Brugeren '{rolle}' må ikke læse public.tilbud (SELECT-rettighed mangler); giv den med GRANT SELECT ON \"public\".\"tilbud\" TO brugeren.");
    }

    [PostgresFact]
    public void Forbind_IngenServerPaaPorten_Fejl()
    {
        using var lytter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        lytter.Start();
        int port = ((System.Net.IPEndPoint)lytter.LocalEndpoint).Port;
        lytter.Stop();
        var kilde = Databasekilde.Fortolk($"Host=127.0.0.1;Port={port};Database=tilsyn;Username=skaerpet;Timeout=5");

        var handling = () => Tabelplacering.Opsoeg(kilde, new Indlaesningsvalg());

        handling.Should().Throw<InputFejlException>().WithMessage(
            $"Der kan ikke oprettes forbindelse til PostgreSQL på 127.0.0.1:{port}; kontrollér Host og Port i --kilde, og at serveren kører.");
    }

    [PostgresFact]
    public void Forbind_UkendtDatabase_Fejl()
    {
        var ukendt = new NpgsqlConnectionStringBuilder(server.Forbindelse) { Database = "findes_ikke" };
        var kilde = Databasekilde.Fortolk(ukendt.ConnectionString);

        var handling = () => Tabelplacering.Opsoeg(kilde, new Indlaesningsvalg());

        handling.Should().Throw<InputFejlException>().WithMessage($"Databasen 'findes_ikke' findes ikke på PostgreSQL-serveren {kilde.Sted}; ret Database i --kilde.");
    }

    /// <summary>A new database with <paramref name="sql"/> run in it, as a source for schema public.</summary>
    private Databasekilde Database(params string[] sql) => DatabaseMedSkema("public", sql);

    private Databasekilde DatabaseMedSkema(string skema, params string[] sql)
    {
        string forbindelse = server.NyDatabase();
        using (var f = new NpgsqlConnection(forbindelse))
        {
            f.Open();
            foreach (string s in sql)
            {
                CsvTilPostgres.Sql(f, s);
            }
        }

        return Databasekilde.Fortolk(forbindelse, skema);
    }

    private static List<(string Tekst, string? Defekt)> Laes(Databasekilde kilde, string tabel)
    {
        using var kildeTabel = PostgresRecordSource.Open(kilde, tabel);
        var raekker = new List<(string, string?)>();
        while (kildeTabel.Read(out string? defekt))
        {
            raekker.Add((kildeTabel.RecordText(), defekt));
        }

        return raekker;
    }
}
