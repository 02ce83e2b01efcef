namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>SPEC §9.3 and §9.5: option values are checked while parsing, each bad one a Danish sentence naming the option, exit code 2.</summary>
public class ArgumentreglerTests
{
    private static readonly string[] s_opgoerelse = ["opgoerelse", "--data", "d", "--ud", "u"];
    private static readonly string[] s_monitor = ["monitor", "--data", "d", "--ud", "u"];

    public static TheoryData<string[], string> Fejl => new()
    {
        { [.. s_opgoerelse, "--aar", "1999"], "--aar skal være et årstal fra 2000 til 2099, ikke '1999'." },
        { [.. s_opgoerelse, "--aar", "2100"], "--aar skal være et årstal fra 2000 til 2099, ikke '2100'." },
        { [.. s_opgoerelse, "--aar", "9999"], "--aar skal være et årstal fra 2000 til 2099, ikke '9999'." },
        { [.. s_opgoerelse, "--aar", "abc"], "--aar skal være et årstal fra 2000 til 2099, ikke 'abc'." },
        { [.. s_opgoerelse, "--aar", "2023.0"], "--aar skal være et årstal fra 2000 til 2099, ikke '2023.0'." },
        { ["diff", "--data", "d", "--ud", "u", "--regler", "a", "--mod", "b", "--aar", "-2023"], "--aar skal være et årstal fra 2000 til 2099, ikke '-2023'." },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "30-04-2024"], "--meddelelse skal være en dato på formen åååå-mm-dd, ikke '30-04-2024'." },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "2024-02-30"], "--meddelelse skal være en dato på formen åååå-mm-dd, ikke '2024-02-30'." },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "2023-12-31"], "--meddelelse skal være en dato i 2024, året efter --aar 2023, ikke 2023-12-31." },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "2025-01-01"], "--meddelelse skal være en dato i 2024, året efter --aar 2023, ikke 2025-01-01." },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "9999-12-31"], "--meddelelse skal være en dato i 2024, året efter --aar 2023, ikke 9999-12-31." },
        { [.. s_monitor, "--til", "1999-12"], "--til skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '1999-12'." },
        { [.. s_monitor, "--til", "2100-01"], "--til skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '2100-01'." },
        { [.. s_monitor, "--til", "2024-13"], "--til skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '2024-13'." },
        { [.. s_monitor, "--til", "2024-6"], "--til skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '2024-6'." },
        { ["forklar", "--data", "d", "--person", "A", "--maaned", "9999-12"], "--maaned skal være en måned på formen åååå-mm fra 2000-01 til 2099-12, ikke '9999-12'." },
        { [.. s_monitor, "--til", "2024-06", "--traade", "mange"], "--traade skal være et heltal på mindst 1, ikke 'mange'." },
        { [.. s_monitor, "--til", "2024-06", "--traade", "0"], "--traade skal være et heltal på mindst 1, ikke '0'." },
        { ["valider", "--data", "d", "--traade", "-1"], "--traade skal være et heltal på mindst 1, ikke '-1'." },
        { [.. s_monitor, "--til", "2024-06", "--separator", "|"], "--separator skal være ',', ';' eller '\\t', ikke '|'." },
        { [.. s_monitor, "--til", "2024-06", "--encoding", "ebcdic"], "--encoding skal være utf8, latin1 eller windows-1252, ikke 'ebcdic'." },
        { ["generer", "--ud", "u", "--personer", "0"], "--personer skal være et heltal på mindst 1, ikke '0'." },
        { ["generer", "--ud", "u", "--bad-rows", "-1"], "--bad-rows skal være et heltal på mindst 0, ikke '-1'." },
        { ["generer", "--ud", "u", "--personer", "2", "--bad-rows", "17"], "--bad-rows må højst være 8 pr. person, altså 16, ikke 17." },
        { ["generer", "--ud", "u", "--fra-aar", "1899"], "--fra-aar skal være et årstal fra 1900 til 9000, ikke '1899'." },
        { ["generer", "--ud", "u", "--til-aar", "9001"], "--til-aar skal være et årstal fra 1900 til 9000, ikke '9001'." },
        { ["generer", "--ud", "u", "--fra-aar", "2024", "--til-aar", "2023"], "--til-aar (2023) må ikke ligge før --fra-aar (2024)." },
        { ["generer", "--ud", "u", "--kommuner", "101,x"], "--kommuner skal være et antal eller en liste af kommunekoder, ikke '101,x'." },
        { ["generer", "--ud", "u", "--kommuner", "101,999"], "--kommuner nævner 999, som ikke er en af de 98 kommuner." },
        { ["generer", "--ud", "u", "--kommuner", "101,147,101"], "--kommuner nævner 101 mere end én gang." },
        { ["generer", "--ud", "u", "--indsats", "101=elendig"], "--indsats skal have formen KODE=svag|svag-fm1|svag-fm2|normal|staerk, ikke '101=elendig'." },
        { ["generer", "--ud", "u", "--indsats", "999=svag"], "--indsats nævner 999, som ikke er en af de 98 kommuner." },
        { ["generer", "--ud", "u", "--kommuner", "101,147", "--indsats", "151=svag"], "--indsats nævner kommune 151, som ikke er blandt de kommuner, der genereres." },
        { ["generer", "--ud", "u", "--uorden", "tilbud,status"], "--uorden nævner 'status', som ikke er en af personfilerne ydelser, samtaler, tilbud, timer, fritagelser." },
        { ["generer", "--ud", "u", "--uorden", ","], "--uorden skal nævne mindst én af personfilerne ydelser, samtaler, tilbud, timer, fritagelser, ikke ','." },
        { ["generer", "--ud", "u", "--sene-raekker", "100.01"], "--sene-raekker skal være en procentdel fra 0 til 100 (fx 0.1), ikke '100.01'." },
        { ["generer", "--ud", "u", "--sene-raekker", "-1"], "--sene-raekker skal være en procentdel fra 0 til 100 (fx 0.1), ikke '-1'." },
        { ["generer", "--ud", "u", "--sene-raekker", "0,1"], "--sene-raekker skal være en procentdel fra 0 til 100 (fx 0.1), ikke '0,1'." },
    };

    [Theory]
    [MemberData(nameof(Fejl))]
    public void Koer_UgyldigVaerdi_EnDanskSaetningOmTilvalgetOgKode2(string[] args, string forventet)
    {
        var k = Koersel.Start(args);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: {forventet}\nSe 'skaerpet --help'.\n");
        k.Ud.Should().BeEmpty();
    }

    public static TheoryData<string[]> Gyldige => new()
    {
        { [.. s_opgoerelse, "--aar", "2000"] },
        { [.. s_opgoerelse, "--aar", "2099"] },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "2024-01-01"] },
        { [.. s_opgoerelse, "--aar", "2023", "--meddelelse", "2024-12-31"] },
        { [.. s_opgoerelse, "--aar", "2099", "--meddelelse", "2100-12-31"] },
        { [.. s_monitor, "--til", "2000-01", "--traade", "1"] },
        { [.. s_monitor, "--til", "2099-12", "--separator", ";", "--encoding", "latin1"] },
        { [.. s_monitor, "--til", "2024-06", "--separator", "\\t", "--encoding", "WINDOWS-1252"] },
        { ["generer", "--ud", "u", "--personer", "1", "--bad-rows", "8", "--fra-aar", "1900", "--til-aar", "9000"] },
        { ["generer", "--ud", "u", "--kommuner", "10", "--indsats", "101=svag"] },
        { ["generer", "--ud", "u", "--kommuner", "101,147", "--indsats", "147=svag-fm2"] },
        { ["generer", "--ud", "u", "--uorden", "tilbud.csv,samtaler", "--sene-raekker", "0.1"] },
        { ["generer", "--ud", "u", "--sene-raekker", "0"] },
        { ["generer", "--ud", "u", "--sene-raekker", "100", "--overskriv"] },
    };

    [Theory]
    [MemberData(nameof(Gyldige))]
    public void Parse_GraensevaerdiOgGyldigeValg_IngenFejl(string[] args)
    {
        Kommandolinje.Byg(TextWriter.Null, TextWriter.Null).Parse(args).Errors.Select(e => e.Message).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-03-31", true)]
    [InlineData("2024-04-01", false)]
    [InlineData("2024-04-30", false)]
    [InlineData("2024-05-01", true)]
    public void Opgoerelse_MeddelelseUdenforApril_AdvarselPaaStderrOgKode0(string meddelelse, bool advarsel)
    {
        var k = Koersel.Start("opgoerelse", "--data", Smaadata.Skriv(), "--aar", "2023", "--ud", Repo.NyMappe(), "--meddelelse", meddelelse);

        k.Kode.Should().Be(0, k.Fejl);
        string forventet = $"Advarsel: Meddelelsen {meddelelse} ligger uden for april 2024, men bekendtgørelsen § 6 stk. 2 kræver meddelelse inden udgangen af april.\n";
        if (advarsel)
        {
            k.Fejl.Should().Be(forventet);
        }
        else
        {
            k.Fejl.Should().BeEmpty();
        }
    }

    [Fact]
    public void Generer_UdmappeErEnFil_DanskSaetningOgKode2()
    {
        string fil = Path.Combine(Repo.NyMappe(), "en-fil");
        File.WriteAllText(fil, "");

        var k = Koersel.Start("generer", "--ud", Path.Combine(fil, "data"), "--personer", "10");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: Datasættet kan ikke skrives til '{Path.Combine(fil, "data")}' (en mappe i stien findes ikke eller er en fil).\n");
    }

    [Fact]
    public void Generer_UdenPersoner_DemoensStoerrelseOgHjaelpNaevnerNationaltSaet()
    {
        string ud = Path.Combine(Repo.NyMappe(), "data");

        var k = Koersel.Start("generer", "--ud", ud);
        var hjaelp = Koersel.Start("generer", "-h");

        k.Kode.Should().Be(0);
        File.ReadLines(Path.Combine(ud, "ydelser.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().Should().HaveCount(2_500);
        hjaelp.Ud.Should().Contain("--personer 1000000");
    }

    [Fact]
    public void Generer_UdmappeMedFiler_Kode2UdenOverskriv()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("generer", "--ud", ud, "--personer", "10").Kode.Should().Be(0);

        var igen = Koersel.Start("generer", "--ud", ud, "--personer", "10");
        var overskrevet = Koersel.Start("generer", "--ud", ud, "--personer", "10", "--overskriv");

        igen.Kode.Should().Be(2);
        igen.Fejl.Should().Be($"Fejl: Udmappen '{ud}' indeholder allerede et datasæt; vælg en tom eller ny mappe, eller kør med --overskriv for at erstatte det.\n");
        overskrevet.Kode.Should().Be(0);
    }
}
