using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary><c>opgoerelse --dokumenter</c> wired to the documents of SPEC §11.1–11.2: which files, koersel.json, the options' rules and the output folder check.</summary>
public class OpgoerelseDokumenterTests
{
    // The demo's 2023 decisions (see the golden afgoerelser.csv): a letter for all but the two ikke_omfattet, a case review for the two under administration.
    private static readonly string[] s_meddelelser = ["151-Ballerup.docx", "153-Broendby.docx", "157-Gentofte.docx", "159-Gladsaxe.docx", "161-Glostrup.docx"];
    private static readonly string[] s_sagsgennemgange = ["159-Gladsaxe.xlsx", "161-Glostrup.xlsx"];

    [Fact]
    public void Dokumenter_Demo_EnMeddelelsePrAfgoerelseOgSagsgennemgangPrAdministration()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, "--dokumenter");

        k.Kode.Should().Be(0, k.Fejl);
        var afgoerelser = File.ReadAllLines(Path.Combine(ud, "afgoerelser.csv")).Skip(1).Select(l => l.Split(',')[10]).ToList();
        Filer(ud, "meddelelser").Should().Equal(s_meddelelser).And.HaveCount(afgoerelser.Count(a => a != "ikke_omfattet"));
        Filer(ud, "sagsgennemgang").Should().Equal(s_sagsgennemgange).And.HaveCount(afgoerelser.Count(a => a is "administration" or "fortsat_administration"));
        k.Ud.Should().Contain("Dokumenter: 5 meddelelser (meddelelser/) og 2 sagsgennemgange (sagsgennemgang/)");
    }

    [Fact]
    public void Dokumenter_UdenTilvalg_IngenDokumentmapper()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        Directory.GetDirectories(ud).Should().BeEmpty();
    }

    [Fact]
    public void Koerselsjson_Dokumenter_StikproeveSeedOgSkabelon()
    {
        string skabelon = Skabelon();
        string a = Repo.NyMappe();
        string b = Repo.NyMappe();
        string c = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", a).Kode.Should().Be(0);
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", b, "--dokumenter").Kode.Should().Be(0);
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", c, "--dokumenter", "--stikproeve", "5", "--seed", "-42", "--skabelon", skabelon).Kode.Should().Be(0);

        using var uden = Json(a);
        uden.RootElement.GetProperty("dokumenter").GetBoolean().Should().BeFalse();
        uden.RootElement.TryGetProperty("stikproeve", out _).Should().BeFalse();

        using var standard = Json(b);
        standard.RootElement.GetProperty("dokumenter").GetBoolean().Should().BeTrue();
        standard.RootElement.GetProperty("stikproeve").GetInt32().Should().Be(30);
        standard.RootElement.GetProperty("seed").ValueKind.Should().Be(JsonValueKind.Null, "null is the default seed, aar × 1000 + kommune");
        standard.RootElement.GetProperty("skabelon").ValueKind.Should().Be(JsonValueKind.Null);

        using var valgt = Json(c);
        valgt.RootElement.GetProperty("stikproeve").GetInt32().Should().Be(5);
        valgt.RootElement.GetProperty("seed").GetInt64().Should().Be(-42);
        var s = valgt.RootElement.GetProperty("skabelon");
        s.GetProperty("navn").GetString().Should().Be("mit-brev.docx");
        s.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(skabelon))));
    }

    public static TheoryData<string[], string[]> AndreDokumentvalg => new()
    {
        { [], ["--dokumenter"] },
        { ["--dokumenter"], [] },
        { ["--dokumenter"], ["--dokumenter", "--seed", "5"] },
        { ["--dokumenter", "--seed", "5"], ["--dokumenter", "--seed", "6"] },
        { ["--dokumenter"], ["--dokumenter", "--stikproeve", "5"] },
        { ["--dokumenter"], ["--dokumenter", "--skabelon", Skabelon()] },
    };

    /// <summary>SPEC §9.4: each document option changes the documents' bytes, so it makes another run; the whole folder is replaced, documents too.</summary>
    [Theory]
    [MemberData(nameof(AndreDokumentvalg))]
    public void Udgiv_AndetDokumentvalg_AfvistUdenOverskriv(string[] foerst, string[] saa)
    {
        string ud = Repo.NyMappe();
        Koersel.Start(["opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, .. foerst]).Kode.Should().Be(0);
        byte[] foer = File.ReadAllBytes(Path.Combine(ud, "koersel.json"));
        Koersel.Start(["opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, .. foerst]).Kode.Should().Be(0, "the same run again replaces it silently");

        var k = Koersel.Start(["opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, .. saa]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain("indeholder resultaterne af en anden kørsel");
        File.ReadAllBytes(Path.Combine(ud, "koersel.json")).Should().Equal(foer);
        Koersel.Start(["opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, "--overskriv", .. saa]).Kode.Should().Be(0);
        Directory.Exists(Path.Combine(ud, "meddelelser")).Should().Be(saa.Contains("--dokumenter"));
    }

    [Theory]
    [InlineData("meddelelser/noter.docx", "meddelelser/noter.docx")]
    [InlineData("meddelelser/159-Gladsaxe.xlsx", "meddelelser/159-Gladsaxe.xlsx")]
    [InlineData("meddelelser/151-ballerup.docx", "meddelelser/151-ballerup.docx")]
    [InlineData("sagsgennemgang/gennemgaaet/159-Gladsaxe.xlsx", "sagsgennemgang/gennemgaaet")]
    [InlineData("sagsgennemgang/999-Ukendt.xlsx", "sagsgennemgang/999-Ukendt.xlsx")]
    [InlineData("bilag/151-Ballerup.docx", "bilag")]
    public void Udgiv_BrugerfilIDokumentmappe_AfvistOgUroert(string fil, string vist)
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, "--dokumenter").Kode.Should().Be(0);
        string sti = Path.Combine(ud, fil);
        Directory.CreateDirectory(Path.GetDirectoryName(sti)!);
        File.WriteAllText(sti, "brugerens egen fil");

        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, "--dokumenter", "--overskriv");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Contain($"'{vist}'").And.Contain("vælg en tom eller ny mappe");
        File.ReadAllText(sti).Should().Be("brugerens egen fil");
    }

    [Theory]
    [InlineData(new[] { "--stikproeve", "0" }, "Fejl: --stikproeve skal være et heltal på mindst 1, ikke '0'.")]
    [InlineData(new[] { "--stikproeve", "-3" }, "Fejl: --stikproeve skal være et heltal på mindst 1, ikke '-3'.")]
    [InlineData(new[] { "--stikproeve", "ti" }, "Fejl: --stikproeve skal være et heltal på mindst 1, ikke 'ti'.")]
    [InlineData(new[] { "--seed", "1.5" }, "Fejl: --seed skal være et heltal, ikke '1.5'.")]
    [InlineData(new[] { "--seed", "99999999999999999999" }, "Fejl: --seed skal være et heltal, ikke '99999999999999999999'.")]
    public void Dokumenter_UgyldigVaerdi_Kode2MedTilvalgetsNavn(string[] valg, string besked)
    {
        var k = Koersel.Start(["opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe(), "--dokumenter", .. valg]);

        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith(besked + Environment.NewLine);
    }

    [Theory]
    [InlineData("--stikproeve", "5")]
    [InlineData("--seed", "5")]
    [InlineData("--skabelon", "brev.docx")]
    public void Dokumenter_TilvalgUdenDokumenter_Kode2(string tilvalg, string vaerdi)
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe(), tilvalg, vaerdi);

        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith($"Fejl: {tilvalg} virker kun sammen med --dokumenter.");
    }

    [Fact]
    public void Skabelon_UkendtFelt_Kode2FoerDataLaesesOgUdenUdmappe()
    {
        string skabelon = Skabelon("{{hjemmel}}", "{{paragraf}}");
        string ud = Path.Combine(Repo.NyMappe(), "ud");

        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, "--dokumenter", "--skabelon", skabelon);

        k.Kode.Should().Be(2);
        k.Fejl.Should().StartWith($"Fejl: Skabelonen '{skabelon}' bruger det ukendte felt {{{{paragraf}}}}; de kendte felter er kommune, navn,");
        k.Ud.Should().BeEmpty("the template is checked before the data are read");
        Directory.Exists(ud).Should().BeFalse();
    }

    [Fact]
    public void Skabelon_FindesIkke_Kode2()
    {
        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", Repo.NyMappe(), "--dokumenter", "--skabelon", "/findes/ikke.docx");

        k.Kode.Should().Be(2);
        k.Fejl.Should().Be("Fejl: Skabelonen '/findes/ikke.docx' kan ikke læses." + Environment.NewLine);
    }

    [Fact]
    public void Pseudonymiser_Dokumenter_StikproevenTrukketPaaRaaIdVistSomPseudonym()
    {
        string noegle = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllText(noegle, "hemmelig");
        string raa = Repo.NyMappe();
        string pseudo = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", raa, "--dokumenter", "--stikproeve", "5").Kode.Should().Be(0);
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", pseudo, "--dokumenter", "--stikproeve", "5", "--pseudonymiser", noegle).Kode.Should().Be(0);

        var p = Pseudonymiserer.FraFil(noegle);
        foreach (string bog in s_sagsgennemgange)
        {
            var raaIder = PersonIder(Path.Combine(raa, "sagsgennemgang", bog));
            raaIder.Should().HaveCount(5);
            PersonIder(Path.Combine(pseudo, "sagsgennemgang", bog)).Should().Equal(raaIder.Select(p.Pseudonym));
        }
    }

    /// <summary>A copy of the shipped template for udvalgt, with <paramref name="felt"/> replaced by <paramref name="med"/> in its body.</summary>
    private static string Skabelon(string felt = "{{navn}}", string med = "{{navn}}")
    {
        string sti = Path.Combine(Repo.NyMappe(), "mit-brev.docx");
        File.Copy(Path.Combine(Repo.Rod, "skabeloner", "meddelelse-udvalgt.docx"), sti);
        using var zip = ZipFile.Open(sti, ZipArchiveMode.Update);
        var del = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var r = new StreamReader(del.Open(), Encoding.UTF8))
        {
            xml = r.ReadToEnd();
        }

        xml.Should().Contain(felt);
        del.Delete();
        using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        w.Write(xml.Replace(felt, med, StringComparison.Ordinal));
        return sti;
    }

    private static List<string> Filer(string ud, string mappe) =>
        [.. Directory.GetFiles(Path.Combine(ud, mappe)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static JsonDocument Json(string ud) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ud, "koersel.json")));

    /// <summary>The person_id column (the second) of the Stikproeve sheet, below its header.</summary>
    private static List<string> PersonIder(string xlsx)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var ark = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Stikproeve");
        var data = ((WorksheetPart)doc.WorkbookPart.GetPartById(ark.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        return [.. data.Elements<Row>().Skip(1).Select(r => r.Elements<Cell>().ElementAt(1)).Select(c => c.InlineString?.InnerText ?? c.CellValue!.Text)];
    }
}
