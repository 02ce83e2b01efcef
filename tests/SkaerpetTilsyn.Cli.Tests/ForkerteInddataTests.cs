using System.Text.Json;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>
/// The realistic mistakes of issue 10 ("What was seen"), each on data made here: once they ended with exit code 0 and wrong decisions or lost
/// inputs; now each stops with exit code 2 and one Danish sentence (SPEC §9), and a stopped run leaves the output folder as it was.
/// </summary>
public class ForkerteInddataTests
{
    private const string Henvisning = " – skaerpet valider lister dem alle, og --max-afviste-pct hæver grænsen.\n";

    [Fact]
    public void Opgoerelse_TilbudMedDanskeExceldatoer_Kode2OgUdmappenUroert()
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        Fil(data, "tilbud.csv", "person_id,fra,til,type\nA,17-06-2021,30-06-2021,vejledning\nB,01-03-2023,31-03-2023,loentilskud\nC,02-05-2023,31-05-2023,virksomhedspraktik\n");
        string ud = Repo.NyMappe();
        File.WriteAllText(Path.Combine(ud, "koersel.json"), "{}");

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--overskriv");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be(
            "Fejl: For mange afviste rækker (mere end 1 % af en fil): tilbud.csv 3 af 3 (100,0 %), oftest ugyldig dato i 'fra' (3 gange, første gang i linje 2)" + Henvisning);
        Directory.GetFiles(ud).Should().ContainSingle().Which.Should().EndWith("koersel.json");
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Be("{}");

        // valider lists them and never stops on them.
        string valideret = Repo.NyMappe();
        Koersel.Start("valider", "--data", data, "--ud", valideret).Kode.Should().Be(0);
        File.ReadAllLines(Path.Combine(valideret, "afviste.csv")).Skip(1).Should().HaveCount(3).And.OnlyContain(l => l.Contains("ugyldig dato i 'fra'"));
    }

    [Fact]
    public void Opgoerelse_TimerMedDecimalkommaUnderSemikolon_Kode2()
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        foreach (string fil in Directory.GetFiles(data))
        {
            File.WriteAllText(fil, File.ReadAllText(fil).Replace(',', ';'));
        }

        Fil(data, "timer.csv", "person_id;fra;til;timer\nA;2022-12-01;2022-12-31;150\nA;2023-01-01;2023-01-31;7,5\nA;2023-02-01;2023-02-28;12,25\nA;2023-03-01;2023-03-31;0,5\n");

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", Repo.NyMappe(), "--separator", ";");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be(
            "Fejl: For mange afviste rækker (mere end 1 % af en fil): timer.csv 3 af 4 (75,0 %), oftest ugyldigt tal i 'timer' (3 gange, første gang i linje 3)" + Henvisning);
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", Repo.NyMappe(), "--separator", ";", "--max-afviste-pct", "75").Kode.Should().Be(0);
    }

    [Fact]
    public void Opgoerelse_YdelserKunMedOverskrift_Kode2()
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        Fil(data, "ydelser.csv", "person_id,kommune,ydelse,fra,til\n");

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be("Fejl: ydelser.csv har ingen brugbare rækker (0 læst, 0 afvist), så der er ingen ydelsesforløb at måle; kontrollér udtrækket.\n");
    }

    public static TheoryData<string, string> Statusfejl => new()
    {
        { "147,Skærpet,2021,45.00,30.00", "status.csv linje 2: ukendt status 'Skærpet'" },
        { "147,administration,2021,45,00,30.00", "status.csv linje 2: forkert antal felter: 6, overskriften har 5" },
        { "147,administration,2021,\"45,00\",30.00", "status.csv linje 2: ugyldigt tal i 'basis_fm1': '45,00'" },
    };

    [Theory]
    [MemberData(nameof(Statusfejl))]
    public void Opgoerelse_StatusraekkeMedSkrivefejl_Kode2(string raekke, string fejl)
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        Fil(data, "status.csv", $"kommune,status,udvalgt_aar,basis_fm1,basis_fm2\n{raekke}\n");

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: {fejl}; en afvist statusrække stopper kørslen, for ellers ville kommunen uden varsel få status ingen.\n");
    }

    [Fact]
    public void Opgoerelse_AarEfterDataMedBenchmarkForAaret_Kode2OgMedTilladelseEnAdvarselOverAlt()
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        File.AppendAllText(Path.Combine(data, "benchmark.csv"), "2025,101,20.0,10.0\n2025,147,20.0,10.0\n2025,151,20.0,10.0\n");
        string mangel = "Data slutter 2024-12-31; opgørelsen for 2025 kræver data til og med 2025-12-31";

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2025", "--ud", Repo.NyMappe());

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: {mangel}.\n");

        string ud = Repo.NyMappe();
        var tilladt = Koersel.Start("opgoerelse", "--data", data, "--aar", "2025", "--ud", ud, "--tillad-ufuldstaendige-data");
        string advarsel = $"{mangel}, men kørslen fortsatte med --tillad-ufuldstaendige-data.";
        tilladt.Kode.Should().Be(0, tilladt.Fejl);
        tilladt.Fejl.Should().Be($"Advarsel: {advarsel}\n");
        tilladt.Ud.Should().Contain("Advarsel: Data slutter 2024-12-31");
        using var koersel = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ud, "koersel.json")));
        koersel.RootElement.GetProperty("advarsler").EnumerateArray().Select(a => a.GetString()).Should().Equal(advarsel);
        File.ReadAllText(Path.Combine(ud, "rapport.html")).Should().Contain($"<li>Advarsel: {advarsel}</li>");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Opgoerelse_UdErDatamappenMedKoerseljson_Kode2OgInddataUroert(bool overskriv)
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", Repo.NyMappe()).Kode.Should().Be(0);
        File.WriteAllText(Path.Combine(data, "koersel.json"), "{}");
        var foer = Indhold(data);

        string[] args = ["opgoerelse", "--data", data, "--aar", "2023", "--ud", data];
        var k = Koersel.Start(overskriv ? [.. args, "--overskriv"] : args);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be($"Fejl: --ud '{data}' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe.\n");
        Indhold(data).Should().BeEquivalentTo(foer);
    }

    [Fact]
    public void Opgoerelse_StatusfilILigeDenUdmappeDenKommerFra_Kode2OgFilenBevares()
    {
        string data = Testdata.Skriv(slut: "2024-12-31");
        string sidste = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", data, "--aar", "2023", "--ud", sidste).Kode.Should().Be(0);
        string status = Path.Combine(sidste, "status.csv");
        byte[] foer = File.ReadAllBytes(status);

        var k = Koersel.Start("opgoerelse", "--data", data, "--aar", "2024", "--status", status, "--ud", sidste, "--overskriv");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be(
            $"Fejl: --ud '{sidste}' indeholder '{status}' fra --status, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe, eller læg filen et andet sted.\n");
        File.ReadAllBytes(status).Should().Equal(foer);
    }

    // SPEC §9.4: each command's own file options are checked too — monitor's --milepaele, opgoerelse's --skabelon, historik's plans, arbejdsliste's rule set.
    [Theory]
    [InlineData("monitor", "--milepaele", "milepaele.csv")]
    [InlineData("opgoerelse", "--skabelon", "meddelelse.docx")]
    [InlineData("historik", "--regelplan", "plan.json")]
    [InlineData("historik", "--mod", "plan.json")]
    [InlineData("historik", "--regler", "regler.json")]
    [InlineData("arbejdsliste", "--regler", "regler.json")]
    public void Koer_FilFraTilvalgIUdmappen_Kode2FoerNogetLaeses(string kommando, string tilvalg, string navn)
    {
        string ud = Repo.NyMappe();
        string fil = Path.Combine(ud, navn);
        File.WriteAllText(fil, "beholdes");
        File.WriteAllText(Path.Combine(ud, "koersel.json"), "{}");
        string[] periode = kommando switch
        {
            "monitor" => ["--til", "2024-06"],
            "arbejdsliste" => ["--fra", "2024-04"],
            "historik" when tilvalg == "--regler" => ["--fra", "2021", "--til", "2022"],
            "historik" => ["--fra", "2021", "--til", "2022", .. tilvalg == "--mod" ? ["--regler", "bek-2019"] : Array.Empty<string>()],
            _ => ["--aar", "2023", "--dokumenter"],
        };

        var k = Koersel.Start([kommando, "--data", Repo.NyMappe(), .. periode, tilvalg, fil, "--ud", ud, "--overskriv"]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be(
            $"Fejl: --ud '{ud}' indeholder '{fil}' fra {tilvalg}, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe, eller læg filen et andet sted.\n");
        File.ReadAllText(fil).Should().Be("beholdes");
    }

    private static void Fil(string mappe, string navn, string indhold) => File.WriteAllText(Path.Combine(mappe, navn), indhold);

    private static Dictionary<string, string> Indhold(string mappe) =>
        Directory.GetFiles(mappe).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}
