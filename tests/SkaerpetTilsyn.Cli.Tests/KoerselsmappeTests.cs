using System.Diagnostics;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Output folders published as one set (<see cref="Koerselsmappe"/>): reruns, another run's outputs, foreign files, kills.</summary>
public class KoerselsmappeTests
{
    [Fact]
    public void Udgiv_SammeKoerselIgen_ErstattesStille()
    {
        string data = Testdata.Skriv();
        string ud = Path.Combine(Repo.NyMappe(), "ud");
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        Directory.GetDirectories(Path.GetDirectoryName(ud)!).Should().ContainSingle();
    }

    [Fact]
    public void Udgiv_AndenKoerselsResultater_AfvistUdenOverskriv()
    {
        string data = Testdata.Skriv();
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);
        byte[] foer = File.ReadAllBytes(Path.Combine(ud, "afgoerelser.csv"));

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--regler", "bek-2019", "--ud", ud);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("indeholder resultaterne af en anden kørsel").And.Contain("--overskriv");
        File.ReadAllBytes(Path.Combine(ud, "afgoerelser.csv")).Should().Equal(foer);
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--regler", "bek-2019", "--ud", ud, "--overskriv").Kode.Should().Be(0);
        Koersel.Start("monitor", "--data", data, "--til", "2024-06", "--ud", ud).Kode.Should().Be(2);
    }

    public static TheoryData<string[], string[]> AndreValg => new()
    {
        { [], ["--meddelelse", "2024-04-15"] },
        { ["--meddelelse", "2024-04-15"], ["--meddelelse", "2024-04-16"] },
        { [], ["--excel"] },
        { ["--excel"], [] },
        { [], ["--pseudonymiser", Noegle("a")] },
        { ["--pseudonymiser", Noegle("a")], ["--pseudonymiser", Noegle("b")] },
    };

    /// <summary>SPEC §9.4: an option that changes an output byte makes another run, whose outputs only replace these with <c>--overskriv</c>.</summary>
    [Theory]
    [MemberData(nameof(AndreValg))]
    public void Udgiv_ValgDerAendrerUddata_AfvistUdenOverskriv(string[] foerst, string[] saa)
    {
        string data = Smaadata.Skriv();
        string ud = Repo.NyMappe();
        Koersel.Start(["opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, .. foerst]).Kode.Should().Be(0);
        byte[] foer = File.ReadAllBytes(Path.Combine(ud, "koersel.json"));

        var k = Koersel.Start(["opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, .. saa]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("indeholder resultaterne af en anden kørsel");
        File.ReadAllBytes(Path.Combine(ud, "koersel.json")).Should().Equal(foer);
        Koersel.Start(["opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--overskriv", .. saa]).Kode.Should().Be(0);
        File.ReadAllBytes(Path.Combine(ud, "koersel.json")).Should().NotEqual(foer);
    }

    [Fact]
    public void Udgiv_StandardmeddelelseAngivetUdtrykkeligt_SammeKoersel()
    {
        string data = Smaadata.Skriv();
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--meddelelse", "2024-04-30").Kode.Should().Be(0);
    }

    [Fact]
    public void Koerselsjson_Opgoerelse_MeddelelseExcelOgVersion()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Smaadata.Skriv(), "--aar", "2023", "--ud", ud, "--meddelelse", "2024-04-15", "--excel").Kode.Should().Be(0);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ud, "koersel.json")));
        var rod = json.RootElement;
        rod.GetProperty("version").GetString().Should().Be(Versionshandling.Version);
        rod.GetProperty("kommando").GetString().Should().Be("opgoerelse");
        rod.GetProperty("aar").GetInt32().Should().Be(2023);
        rod.GetProperty("meddelelse").GetString().Should().Be("2024-04-15");
        rod.GetProperty("excel").GetBoolean().Should().BeTrue();
        rod.TryGetProperty("pseudonymiseret", out _).Should().BeFalse();
        rod.TryGetProperty("noegle_id", out _).Should().BeFalse();
    }

    [Fact]
    public void Udgiv_MappeMedAndreFiler_AfvistOgUroert()
    {
        string ud = Repo.NyMappe();
        File.WriteAllText(Path.Combine(ud, "noter.txt"), "mine noter");

        var k = Koersel.Start("opgoerelse", "--data", Testdata.Skriv(), "--aar", "2023", "--ud", ud, "--overskriv");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("'noter.txt'").And.Contain("vælg en tom eller ny mappe");
        Directory.GetFileSystemEntries(ud).Should().ContainSingle();
    }

    [Fact]
    public void Udgiv_MappeDerIkkeKanSkrivesI_Kode2MedKlarBesked()
    {
        string fil = Path.Combine(Repo.NyMappe(), "en-fil");
        File.WriteAllText(fil, "");

        var k = Koersel.Start("opgoerelse", "--data", Testdata.Skriv(), "--aar", "2023", "--ud", Path.Combine(fil, "ud"));

        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith("Fejl: Resultaterne kan ikke skrives til");
    }

    /// <summary>Kills the real process at several moments while it replaces one complete set of outputs with another.</summary>
    [Fact]
    public void Udgiv_ProcesDraebtUndervejs_EnHelTidligereEllerHelNySaet()
    {
        string data = Repo.NyMappe();
        Koersel.Start("generer", "--ud", data, "--personer", "20000", "--seed", "11").Kode.Should().Be(0);
        string rod = Repo.NyMappe();
        var saet = new Dictionary<string, Dictionary<string, byte[]>>();
        foreach (string aar in new[] { "2022", "2023" })
        {
            string reference = Path.Combine(rod, "ref" + aar);
            Koersel.Start("opgoerelse", "--data", data, "--aar", aar, "--ud", reference, "--traade", "2").Kode.Should().Be(0);
            saet[aar] = Indhold(reference);
        }

        string ud = Path.Combine(rod, "ud");
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2022", "--ud", ud).Kode.Should().Be(0);
        string nu = "2022";
        foreach (int ventetid in new[] { 0, 150, 300, 450, 600, 750, 900, 1100, 1400 })
        {
            string maal = nu == "2022" ? "2023" : "2022";
            using var p = Process.Start(Start("opgoerelse", "--data", data, "--aar", maal, "--ud", ud, "--overskriv", "--traade", "2"))!;
            Thread.Sleep(ventetid);
            p.Kill(entireProcessTree: true);
            p.WaitForExit();

            var fundet = Indhold(ud);
            string? hvilket = saet.FirstOrDefault(s => Ens(s.Value, fundet)).Key;
            hvilket.Should().NotBeNull($"efter {ventetid} ms må udmappen kun holde et helt sæt, men har {string.Join(", ", fundet.Keys)}");
            nu = hvilket!;
        }

        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--overskriv").Kode.Should().Be(0);
        Ens(saet["2023"], Indhold(ud)).Should().BeTrue();
    }

    private static string Noegle(string indhold)
    {
        string fil = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllText(fil, indhold);
        return fil;
    }

    private static ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "skaerpet.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    private static Dictionary<string, byte[]> Indhold(string mappe) =>
        Directory.GetFiles(mappe).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static bool Ens(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v.AsSpan().SequenceEqual(p.Value));
}
