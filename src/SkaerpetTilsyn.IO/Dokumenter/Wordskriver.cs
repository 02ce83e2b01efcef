using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using SkaerpetTilsyn.IO.OpenXml;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>Builds a Word document from paragraphs, with Danish proofing, A4 pages and fixed properties, byte-identical for the same input.</summary>
internal static class Wordskriver
{
    private const string TitelStil = "Title";
    private const string OverskriftStil = "Heading1";

    public static byte[] Skriv(IEnumerable<Afsnit> afsnit, string titel, LocalDate dato)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            // An explicit relationship id: the generated one is random, and the bytes must not be.
            var hoved = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            hoved.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Stilark();
            var krop = new Body();
            foreach (var a in afsnit)
            {
                krop.AppendChild(Afsnit(a));
            }

            krop.AppendChild(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1701, Right = 1134U, Bottom = 1701, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            hoved.Document = new Document(krop);
            CoreProperties.Saet(doc, titel, dato);
        }

        return DeterministicZip.Normaliser(ms.ToArray());
    }

    private static Paragraph Afsnit(Afsnit a)
    {
        var p = new Paragraph();
        if (a.Type != Afsnitstype.Broedtekst)
        {
            p.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = a.Type == Afsnitstype.Titel ? TitelStil : OverskriftStil }));
        }

        var r = new Run();
        foreach (var del in RunText.Elements(a.Tekst))
        {
            r.AppendChild(del);
        }

        p.AppendChild(r);
        return p;
    }

    private static Styles Stilark() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "da-DK" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Title" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "32" }))
        { Type = StyleValues.Paragraph, StyleId = TitelStil },
        new Style(
            new StyleName { Val = "heading 1" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "26" }))
        { Type = StyleValues.Paragraph, StyleId = OverskriftStil });
}
