using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;

namespace SkaerpetTilsyn.IO.OpenXml;

/// <summary>Writes the package's core properties (<c>docProps/core.xml</c>) with fixed values, so a document's bytes depend only on its input.</summary>
/// <remarks>Written as an OpenXml part rather than through <c>PackageProperties</c>, which names a new part after a random GUID.</remarks>
internal static class CoreProperties
{
    public const string Forfatter = "SkaerpetTilsyn";

    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Replaces or adds the core properties of <paramref name="pakke"/>: the title, <see cref="Forfatter"/>, and <paramref name="dato"/> as created and modified.</summary>
    public static void Saet(OpenXmlPackage pakke, string titel, LocalDate dato)
    {
        var del = pakke.GetPartsOfType<CoreFilePropertiesPart>().FirstOrDefault() ?? pakke.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        string tid = dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument(standalone: true);
            w.WriteStartElement("cp", "coreProperties", Cp);
            w.WriteAttributeString("xmlns", "dc", null, Dc);
            w.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            w.WriteElementString("title", Dc, titel);
            w.WriteElementString("creator", Dc, Forfatter);
            w.WriteElementString("lastModifiedBy", Cp, Forfatter);
            foreach (string navn in (string[])["created", "modified"])
            {
                w.WriteStartElement(navn, Dcterms);
                w.WriteAttributeString("type", Xsi, "dcterms:W3CDTF");
                w.WriteString(tid);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        ms.Position = 0;
        del.FeedData(ms);
    }
}
