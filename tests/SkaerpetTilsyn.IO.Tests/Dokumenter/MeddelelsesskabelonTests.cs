using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Dokumenter;
using static SkaerpetTilsyn.IO.Tests.Dokumenter.Dokumentdata;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

/// <summary>A user's template (<c>--skabelon</c>, SPEC §11.1) and the templates shipped in <c>skabeloner/</c>.</summary>
public sealed class MeddelelsesskabelonTests : IDisposable
{
    private const string Kendte = "kommune, navn, faktisk, forventet, resultatmaal_opfyldt, fm1, fm2, fm1_opfyldt, fm2_opfyldt, status_foer, afgoerelse, "
        + "status_efter, hjemmel, meddelelse, redegoerelse_senest, genopretning_slut, minimumskrav_fra, sagsgennemgang_senest, aar, afgoerelse_tekst, "
        + "basis_fm1, basis_fm2, halv_forbedring_fm1, halv_forbedring_fm2, passivsager, graense_fm1, graense_fm2, minimumskrav_tilbud, "
        + "minimumskrav_samtaler, passivsager_pr_ydelse";

    private readonly string _mappe = NyMappe();

    public static TheoryData<Afgoerelsestype, string> Typer => new()
    {
        { Afgoerelsestype.Udvalgt, "udvalgt ingen - - 51.78 23.4" },
        { Afgoerelsestype.Forlaenget, "forlaenget skaerpet 50 30 38.5 24.9" },
        { Afgoerelsestype.Administration, "administration skaerpet 50 30 51.78 23.4" },
        { Afgoerelsestype.FortsatAdministration, "fortsat_administration administration 50 30 51.78 23.4" },
        { Afgoerelsestype.Ophoert, "ophoert skaerpet 50 30 25 15" },
    };

    public void Dispose() => Directory.Delete(_mappe, recursive: true);

    [Fact]
    public void Udfyld_FieldSplitAcrossThreeRuns_ReplacedInFirstRunsFormatting()
    {
        string sti = Skabelon(
            new Paragraph(Koersel("{{", bold: true), new ProofError { Type = ProofingErrorValues.SpellStart }, Koersel("na", italic: true),
                new ProofError { Type = ProofingErrorValues.SpellEnd }, Koersel("vn}}")),
            new Paragraph(Koersel("Dato: "), Koersel("{{medd"), Koersel("elelse}}"), Koersel(", frist {{ sagsgennemgang_senest }}.")),
            new Paragraph(Koersel("Uden felter"), Koersel(" i to løb")));
        var a = Afgoerelse("administration skaerpet 50 30 51.78 23.4");

        byte[] docx = Meddelelsesskabelon.Laes(sti).Udfyld(Felter(a), "t", Meddelelse);

        Broedtekst(docx).Should().Equal("København", "Dato: 30. april 2024, frist 31. juli 2024.", "Uden felter i to løb");
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var foerste = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First();
        foerste.Elements<Run>().Should().ContainSingle();
        foerste.Elements<ProofError>().Should().BeEmpty();
        var run = foerste.Elements<Run>().Single();
        run.RunProperties!.Bold.Should().NotBeNull();
        run.RunProperties.Italic.Should().BeNull();
        doc.MainDocumentPart.Document.Body.Elements<Paragraph>().Last().Elements<Run>().Should().HaveCount(2, "a paragraph without a field is left as it was");
    }

    [Fact]
    public void Udfyld_FieldsInHeaderTableAndWithTab_Replaced()
    {
        string sti = Skabelon(
            [
                new Table(new TableRow(new TableCell(new Paragraph(Koersel("Fokusmål 1: {{fm1}}"))))),
                new Paragraph(new Run(new Text("Kommune"), new TabChar(), new Text("{{kommune}} {{navn}}"))),
            ],
            header: "Opgørelsen for {{aar}}");
        var a = Afgoerelse("udvalgt ingen - - 51.78 23.4", 147);

        byte[] docx = Meddelelsesskabelon.Laes(sti).Udfyld(Felter(a), "t", Meddelelse);

        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var krop = doc.MainDocumentPart!.Document.Body!;
        krop.Descendants<Paragraph>().Select(p => p.InnerText).Should().Equal("Fokusmål 1: 51,78 %", "Kommune147 Frederiksberg");
        krop.Descendants<TabChar>().Should().ContainSingle("the tab survives the merge");
        doc.MainDocumentPart.HeaderParts.Single().Header.InnerText.Should().Be("Opgørelsen for 2023");
    }

    [Theory]
    [InlineData("{{foo}}", "foo")]
    [InlineData("{{Navn}}", "Navn")]
    [InlineData("{{ukendt felt}}", "ukendt felt")]
    public void Laes_UnknownField_InputErrorNamingFieldAndFile(string tekst, string felt)
    {
        string sti = Skabelon(new Paragraph(Koersel("Til "), Koersel(tekst[..3]), Koersel(tekst[3..])));

        var handling = () => Meddelelsesskabelon.Laes(sti);

        handling.Should().Throw<InputFejlException>().Which.Message.Should().Be(
            $"Skabelonen '{sti}' bruger det ukendte felt {{{{{felt}}}}}; de kendte felter er {Kendte}.");
    }

    [Fact]
    public void Laes_UnknownFieldInFooter_InputError()
    {
        string sti = Skabelon([new Paragraph(Koersel("{{navn}}"))], footer: "Side {{side}}");
        var handling = () => Meddelelsesskabelon.Laes(sti);
        handling.Should().Throw<InputFejlException>().WithMessage("*ukendte felt {{side}};*");
    }

    [Theory]
    [InlineData("ikke en zip")]
    [InlineData("")]
    public void Laes_NotAWordDocument_InputError(string indhold)
    {
        string sti = Path.Combine(_mappe, "forkert.docx");
        File.WriteAllText(sti, indhold);
        var handling = () => Meddelelsesskabelon.Laes(sti);
        handling.Should().Throw<InputFejlException>().Which.Message.Should().Be($"Skabelonen '{sti}' kan ikke læses som et Word-dokument (.docx).");
    }

    [Fact]
    public void Laes_Missing_InputError()
    {
        string sti = Path.Combine(_mappe, "findes-ikke.docx");
        var handling = () => Meddelelsesskabelon.Laes(sti);
        handling.Should().Throw<InputFejlException>().Which.Message.Should().Be($"Skabelonen '{sti}' kan ikke læses.");
    }

    [Fact]
    public void Udfyld_TwiceAndTemplateProperties_SameBytesFixedProperties()
    {
        string sti = Skabelon([new Paragraph(Koersel("{{navn}}"))], kerne: true);
        var a = Afgoerelse("udvalgt ingen - - 51.78 23.4");
        var skabelon = Meddelelsesskabelon.Laes(sti);

        byte[] en = skabelon.Udfyld(Felter(a), "Titel", Meddelelse);
        Thread.Sleep(2100);
        byte[] to = Meddelelsesskabelon.Laes(sti).Udfyld(Felter(a), "Titel", Meddelelse);

        to.Should().Equal(en, "a zip stores times with 2 s resolution, so a stamped time would show after the pause");
        using var doc = WordprocessingDocument.Open(new MemoryStream(en), false);
        doc.PackageProperties.Creator.Should().Be("SkaerpetTilsyn");
        doc.PackageProperties.Modified.Should().Be(new DateTime(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc));
        doc.PackageProperties.Title.Should().Be("Titel");
    }

    [Fact]
    public void Udfyld_WordTemplateDotx_PlainDocxTheSameEveryTime()
    {
        string sti = Skabelon([new Paragraph(Koersel("{{navn}}"))], type: WordprocessingDocumentType.Template);
        var a = Afgoerelse("udvalgt ingen - - 51.78 23.4");

        byte[] en = Meddelelsesskabelon.Laes(sti).Udfyld(Felter(a), "t", Meddelelse);
        byte[] to = Meddelelsesskabelon.Laes(sti).Udfyld(Felter(a), "t", Meddelelse);

        to.Should().Equal(en);
        using var doc = WordprocessingDocument.Open(new MemoryStream(en), false);
        doc.DocumentType.Should().Be(WordprocessingDocumentType.Document);
        Broedtekst(en).Should().Equal("København");
    }

    // The shipped templates are what IndbyggetSkabelon writes; on a change, the new file is written beside as *.received.docx.
    [Theory]
    [MemberData(nameof(Typer))]
    public void ShippedTemplate_Bytes_AsGenerated(Afgoerelsestype type, string afgoerelse)
    {
        _ = afgoerelse;
        string sti = Path.Combine(Rod(), "skabeloner", Dokumentskriver.SkabelonFilnavn(type));
        byte[] genereret = Dokumentskriver.IndbyggetSkabelon(type);
        if (!File.Exists(sti) || !File.ReadAllBytes(sti).AsSpan().SequenceEqual(genereret))
        {
            File.WriteAllBytes(Path.ChangeExtension(sti, ".received.docx"), genereret);
            Assert.Fail($"{sti} differs from Dokumentskriver.IndbyggetSkabelon; check the .received.docx beside it and rename it.");
        }
    }

    [Theory]
    [MemberData(nameof(Typer))]
    public void ShippedTemplate_Filled_SameTextAsBuiltInLetter(Afgoerelsestype type, string afgoerelse)
    {
        var a = Afgoerelse(afgoerelse);
        var sager = Sager(101, "sho:a1:tilbud kontanthjaelp:b1:begge");
        var r = Resultat([a], sager);
        string sti = Path.Combine(Rod(), "skabeloner", Dokumentskriver.SkabelonFilnavn(type));

        var fraSkabelon = Broedtekst(Dokumentskriver.Meddelelse(a, r, sager, Meddelelsesskabelon.Laes(sti)));

        fraSkabelon.Should().Equal(Broedtekst(Dokumentskriver.Meddelelse(a, r, sager, null)));
        fraSkabelon.Should().Contain(t => t.Contains(Meddelelsesfelter.AfgoerelseTekst(a), StringComparison.Ordinal));
    }

    private static IReadOnlyDictionary<string, string> Felter(Core.Opgoerelse.Afgoerelse a) =>
        Meddelelsesfelter.For(a, Aar, Core.Regler.Regelsaet.Bek301_2023, []);

    private static Run Koersel(string tekst, bool bold = false, bool italic = false)
    {
        var r = new Run();
        if (bold || italic)
        {
            r.AppendChild(new RunProperties(bold ? new Bold() : null!, italic ? new Italic() : null!));
        }

        r.AppendChild(new Text(tekst) { Space = SpaceProcessingModeValues.Preserve });
        return r;
    }

    private static string Rod()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SkaerpetTilsyn.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("SkaerpetTilsyn.sln not found above " + AppContext.BaseDirectory);
    }

    private string Skabelon(params Paragraph[] afsnit) => Skabelon([.. afsnit.Cast<OpenXmlElement>()]);

    private string Skabelon(
        OpenXmlElement[] indhold, string? header = null, string? footer = null, bool kerne = false, WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        string sti = Path.Combine(_mappe, Guid.NewGuid().ToString("N") + (type == WordprocessingDocumentType.Template ? ".dotx" : ".docx"));
        using (var doc = WordprocessingDocument.Create(sti, type))
        {
            var hoved = doc.AddMainDocumentPart();
            var krop = new Body(indhold);
            var sektion = new SectionProperties();
            if (header is not null)
            {
                var h = hoved.AddNewPart<HeaderPart>("rIdH");
                h.Header = new Header(new Paragraph(Koersel(header[..5]), Koersel(header[5..])));
                sektion.AppendChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH" });
            }

            if (footer is not null)
            {
                var f = hoved.AddNewPart<FooterPart>("rIdF");
                f.Footer = new Footer(new Paragraph(Koersel(footer)));
                sektion.AppendChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdF" });
            }

            krop.AppendChild(sektion);
            hoved.Document = new Document(krop);
            if (kerne)
            {
                var k = doc.AddNewPart<CoreFilePropertiesPart>("rIdK");
                using var s = new MemoryStream(Encoding.UTF8.GetBytes(
                    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                    + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>Bruger</dc:creator>"
                    + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2022-01-02T03:04:05Z</dcterms:modified></cp:coreProperties>"));
                k.FeedData(s);
            }
        }

        return sti;
    }
}
