using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using SkaerpetTilsyn.IO.OpenXml;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>A user's Word template (<c>--skabelon</c>, SPEC §11.1): every <c>{{felt}}</c> in its body, headers and footers is replaced per kommune.</summary>
internal sealed class Meddelelsesskabelon
{
    private static readonly HashSet<string> s_felter = new(Meddelelsesfelter.Navne, StringComparer.Ordinal);

    private readonly byte[] _bytes;

    private Meddelelsesskabelon(string sti, byte[] bytes)
    {
        Sti = sti;
        _bytes = bytes;
    }

    public string Sti { get; }

    /// <summary>Reads the template and checks every field name, so an error stops the run before any letter is written.</summary>
    /// <exception cref="InputFejlException">The file cannot be read as a Word document, or it uses an unknown field.</exception>
    public static Meddelelsesskabelon Laes(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(sti);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFejlException($"Skabelonen '{sti}' kan ikke læses.", e);
        }

        var skabelon = new Meddelelsesskabelon(sti, bytes);
        skabelon.Aabn(doc =>
        {
            foreach (var rod in Roedder(doc))
            {
                foreach (string tekst in RunText.Texts(rod))
                {
                    foreach (string felt in Felter.Navne(tekst))
                    {
                        if (!s_felter.Contains(felt))
                        {
                            throw skabelon.UkendtFelt(felt);
                        }
                    }
                }
            }
        });
        return skabelon;
    }

    /// <summary>The template with every field replaced by its value in <paramref name="felter"/>, as a <c>.docx</c> with fixed properties.</summary>
    public byte[] Udfyld(IReadOnlyDictionary<string, string> felter, string titel, LocalDate dato)
    {
        ArgumentNullException.ThrowIfNull(felter);
        var ud = Aabn(doc =>
        {
            // A .dotx or .docm template still gives a plain .docx letter; first, since the change reloads the main part.
            if (doc.DocumentType != WordprocessingDocumentType.Document)
            {
                doc.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            foreach (var rod in Roedder(doc))
            {
                RunText.Replace(rod, t => Felter.HarFelt(t) ? Felter.Udfyld(t, felter, UkendtFelt) : null);
            }

            CoreProperties.Saet(doc, titel, dato);
        });
        return DeterministicZip.Normaliser(ud);
    }

    private static IEnumerable<OpenXmlElement> Roedder(WordprocessingDocument doc)
    {
        var hoved = doc.MainDocumentPart!;
        yield return hoved.Document;
        foreach (var h in hoved.HeaderParts)
        {
            yield return h.Header;
        }

        foreach (var f in hoved.FooterParts)
        {
            yield return f.Footer;
        }
    }

    private byte[] Aabn(Action<WordprocessingDocument> handling)
    {
        using var ms = new MemoryStream();
        ms.Write(_bytes);
        ms.Position = 0;
        try
        {
            using (var doc = WordprocessingDocument.Open(ms, isEditable: true))
            {
                if (doc.MainDocumentPart?.Document is null)
                {
                    throw Ulaeselig(null);
                }

                handling(doc);
            }

            return ms.ToArray();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException)
        {
            throw Ulaeselig(e);
        }
    }

    private InputFejlException Ulaeselig(Exception? aarsag)
    {
        string besked = $"Skabelonen '{Sti}' kan ikke læses som et Word-dokument (.docx).";
        return aarsag is null ? new(besked) : new(besked, aarsag);
    }

    private InputFejlException UkendtFelt(string felt) =>
        new($"Skabelonen '{Sti}' bruger det ukendte felt {{{{{felt}}}}}; de kendte felter er {string.Join(", ", Meddelelsesfelter.Navne)}.");
}
