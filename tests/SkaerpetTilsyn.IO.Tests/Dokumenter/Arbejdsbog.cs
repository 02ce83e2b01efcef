using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

/// <summary>Reads a written .xlsx back: sheet names, and each sheet's cells by reference.</summary>
internal sealed class Arbejdsbog : IDisposable
{
    private readonly SpreadsheetDocument _doc;

    public Arbejdsbog(string sti)
    {
        _doc = SpreadsheetDocument.Open(sti, false);
    }

    public IReadOnlyList<string> Ark => [.. _doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Stylesheet Stilark => _doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

    public Worksheet Hent(string navn)
    {
        var ark = _doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == navn);
        return ((WorksheetPart)_doc.WorkbookPart.GetPartById(ark.Id!)).Worksheet;
    }

    /// <summary>The rows of a sheet as their cells' texts ('|'-joined), an inline string's text or a number's value.</summary>
    public List<string> Raekker(string navn) =>
        [.. Hent(navn).GetFirstChild<SheetData>()!.Elements<Row>().Select(r => string.Join("|", r.Elements<Cell>().Select(Tekst)))];

    public Cell Celle(string navn, string reference) =>
        Hent(navn).Descendants<Cell>().Single(c => c.CellReference == reference);

    public static string Tekst(Cell c) => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "";

    public void Dispose() => _doc.Dispose();
}
