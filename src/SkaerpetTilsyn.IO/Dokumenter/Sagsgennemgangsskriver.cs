using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.OpenXml;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>Builds the workbook of a kommune's sagsgennemgang (SPEC §11.2): sheets <c>Passivsager</c>, <c>Stikproeve</c> and <c>Oversigt</c>.</summary>
/// <remarks>Dates are real date cells shown as <c>yyyy-mm-dd</c>: they read as in <c>passivsager.csv</c> in any locale, and sort and filter as dates, also the reviewer's <c>dato</c>.</remarks>
internal static class Sagsgennemgangsskriver
{
    /// <summary>The reviewer's choices for <c>aarsag</c>.</summary>
    public static IReadOnlyList<string> Aarsager { get; } =
        ["manglende tilbud", "manglende samtaler", "fejlregistrering", "borgerens forhold", "organisering og ledelse", "andet"];

    /// <summary>The columns of the case sheets: those of <c>passivsager.csv</c>, then the reviewer's.</summary>
    public static IReadOnlyList<string> Kolonner { get; } =
    [
        "kommune", "person_id", "ydelse", "forloeb_start", "taellede_dage", "tilbud_i_vindue", "timer_i_vindue", "samtaler_i_vindue", "mangler",
        "aarsag", "bemaerkning", "gennemgaaet_af", "dato",
    ];

    private const string AarsagKolonne = "J";
    private const uint DatoStil = 1;
    private const uint OverskriftStil = 2;
    private static readonly LocalDate s_excelNul = new(1899, 12, 30);
    private static readonly double[] s_bredder = [9, 20, 20, 13, 13, 15, 15, 17, 10, 24, 40, 18, 12];

    /// <summary>The workbook of <paramref name="a"/>'s kommune, with <paramref name="pseudonym"/> applied to every person_id shown.</summary>
    /// <remarks><paramref name="sager"/> are the kommune's passivsager in <c>passivsager.csv</c> order, <paramref name="stikproeve"/> the rows drawn with <paramref name="seed"/>, in the same order.</remarks>
    public static byte[] Skriv(Afgoerelse a, int aar, IReadOnlyList<Passivsag> sager, IReadOnlyList<Passivsag> stikproeve, long seed, Func<string, string> pseudonym)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(sager);
        ArgumentNullException.ThrowIfNull(stikproeve);
        ArgumentNullException.ThrowIfNull(pseudonym);
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            // An explicit relationship id: the generated one is random, and the bytes must not be.
            var wb = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            wb.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Stilark();
            wb.AddNewPart<WorksheetPart>("rIdPassivsager").Worksheet = Sagsark(sager, pseudonym, valgt: true);
            wb.AddNewPart<WorksheetPart>("rIdStikproeve").Worksheet = Sagsark(stikproeve, pseudonym, valgt: false);
            wb.AddNewPart<WorksheetPart>("rIdOversigt").Worksheet = Oversigt(a, aar, sager, stikproeve, seed);
            wb.Workbook = new Workbook(
                new Sheets(
                    new Sheet { Name = "Passivsager", SheetId = 1U, Id = "rIdPassivsager" },
                    new Sheet { Name = "Stikproeve", SheetId = 2U, Id = "rIdStikproeve" },
                    new Sheet { Name = "Oversigt", SheetId = 3U, Id = "rIdOversigt" }),
                new CalculationProperties { FullCalculationOnLoad = true });
            CoreProperties.Saet(doc, $"Sagsgennemgang for {a.Navn} ({aar.ToString(CultureInfo.InvariantCulture)})", a.Meddelelse ?? Frister.StandardMeddelelse(aar));
        }

        return DeterministicZip.Normaliser(ms.ToArray());
    }

    private static Worksheet Sagsark(IReadOnlyList<Passivsag> sager, Func<string, string> pseudonym, bool valgt)
    {
        var data = new SheetData();
        var overskrift = new Row { RowIndex = 1U };
        for (int k = 0; k < Kolonner.Count; k++)
        {
            overskrift.AppendChild(Tekst(Ref(k, 1), Kolonner[k], OverskriftStil));
        }

        data.AppendChild(overskrift);
        uint r = 1;
        foreach (var s in sager)
        {
            r++;
            data.AppendChild(new Row(
                Tal(Ref(0, r), Formater.Heltal(s.Kommune)),
                Tekst(Ref(1, r), pseudonym(s.PersonId)),
                Tekst(Ref(2, r), Koder.Kode(s.Ydelse)),
                Dato(Ref(3, r), s.ForloebStart),
                Tal(Ref(4, r), Formater.Heltal(s.TaelledeDage)),
                Tal(Ref(5, r), Formater.Heltal(s.TilbudIVindue)),
                Tal(Ref(6, r), Formater.Eksakt(s.TimerIVindue)),
                Tal(Ref(7, r), Formater.Heltal(s.SamtalerIVindue)),
                Tekst(Ref(8, r), Koder.Kode(s.Mangler)),
                new Cell { CellReference = Ref(12, r), StyleIndex = DatoStil })
            { RowIndex = r });
        }

        var kolonner = new Columns();
        for (int k = 0; k < s_bredder.Length; k++)
        {
            kolonner.AppendChild(new Column { Min = (uint)k + 1, Max = (uint)k + 1, Width = s_bredder[k], CustomWidth = true });
        }

        // The list covers every row with a case, and row 2 when there is none, so the sheet always carries it.
        string omraade = $"{AarsagKolonne}2:{AarsagKolonne}{Math.Max(2U, r).ToString(CultureInfo.InvariantCulture)}";
        var validering = new DataValidation(new Formula1("\"" + string.Join(",", Aarsager) + "\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "Ugyldig årsag",
            Error = "Vælg en årsag fra listen.",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = omraade },
        };
        return new Worksheet(Visning(valgt), kolonner, data, new DataValidations(validering) { Count = 1U });
    }

    private static Worksheet Oversigt(Afgoerelse a, int aar, IReadOnlyList<Passivsag> sager, IReadOnlyList<Passivsag> stikproeve, long seed)
    {
        var data = new SheetData();
        uint r = 0;
        void Raekke(params Cell?[] celler)
        {
            r++;
            var raekke = new Row { RowIndex = r };
            for (int k = 0; k < celler.Length; k++)
            {
                if (celler[k] is { } c)
                {
                    c.CellReference = Ref(k, r);
                    raekke.AppendChild(c);
                }
            }

            data.AppendChild(raekke);
        }

        Raekke(Tekst("kommune", OverskriftStil), Tal(Formater.Heltal(a.Kommune)));
        Raekke(Tekst("navn", OverskriftStil), Tekst(a.Navn));
        Raekke(Tekst("aar", OverskriftStil), Tal(Formater.Heltal(aar)));
        Raekke(Tekst("passivsager_pr", OverskriftStil), Dato(new LocalDate(aar, 12, 31)));
        Raekke(Tekst("stikproeve", OverskriftStil), Tal(Formater.Heltal(stikproeve.Count)));
        Raekke(Tekst("seed", OverskriftStil), Tal(Formater.Heltal(seed)));
        Raekke();

        Raekke(Tekst("ydelse", OverskriftStil), Tekst("passivsager", OverskriftStil), Tekst("stikproeve", OverskriftStil));
        foreach (var y in Koder.AlleYdelser)
        {
            int i = sager.Count(s => s.Ydelse == y);
            if (i > 0)
            {
                Raekke(Tekst(Koder.Kode(y)), Tal(Formater.Heltal(i)), Tal(Formater.Heltal(stikproeve.Count(s => s.Ydelse == y))));
            }
        }

        Raekke(Tekst("i alt", OverskriftStil), Tal(Formater.Heltal(sager.Count)), Tal(Formater.Heltal(stikproeve.Count)));
        uint iAlt = r;
        Raekke();

        Raekke(Tekst("mangler", OverskriftStil), Tekst("passivsager", OverskriftStil), Tekst("stikproeve", OverskriftStil));
        foreach (var m in (Mangel[])[Mangel.Tilbud, Mangel.Samtaler, Mangel.Begge])
        {
            Raekke(Tekst(Koder.Kode(m)), Tal(Formater.Heltal(sager.Count(s => s.Mangler == m))), Tal(Formater.Heltal(stikproeve.Count(s => s.Mangler == m))));
        }

        Raekke();

        // Live formulas over the reviewer's aarsag column; the cached 0 is right until a reviewer fills one in, and Excel recalculates on load.
        Raekke(Tekst("aarsag", OverskriftStil), Tekst("udfyldt_passivsager", OverskriftStil), Tekst("udfyldt_stikproeve", OverskriftStil));
        foreach (string aarsag in Aarsager)
        {
            string a1 = Ref(0, r + 1);
            Raekke(Tekst(aarsag), Formel($"COUNTIF(Passivsager!${AarsagKolonne}:${AarsagKolonne},{a1})"), Formel($"COUNTIF(Stikproeve!${AarsagKolonne}:${AarsagKolonne},{a1})"));
        }

        // COUNTA counts the header too.
        Raekke(Tekst("udfyldt i alt", OverskriftStil), Formel($"COUNTA(Passivsager!${AarsagKolonne}:${AarsagKolonne})-1"), Formel($"COUNTA(Stikproeve!${AarsagKolonne}:${AarsagKolonne})-1"));
        uint udfyldt = r;
        string n = iAlt.ToString(CultureInfo.InvariantCulture);
        string u = udfyldt.ToString(CultureInfo.InvariantCulture);
        Raekke(
            Tekst("ikke udfyldt", OverskriftStil),
            Formel($"B{n}-B{u}", Formater.Heltal(sager.Count)),
            Formel($"C{n}-C{u}", Formater.Heltal(stikproeve.Count)));

        return new Worksheet(
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 26, CustomWidth = true },
                new Column { Min = 2U, Max = 3U, Width = 22, CustomWidth = true }),
            data);
    }

    private static SheetViews Visning(bool valgt) => new(new SheetView(
        new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = valgt,
        WorkbookViewId = 0U,
    });

    private static string Ref(int kolonne, uint raekke) => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + kolonne)}{raekke}");

    private static Cell Tekst(string reference, string tekst, uint stil = 0) => Tekst(tekst, stil).Med(reference);

    private static Cell Tekst(string tekst, uint stil = 0) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(tekst) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = stil == 0 ? null : stil,
    };

    private static Cell Tal(string reference, string tal) => Tal(tal).Med(reference);

    private static Cell Tal(string tal) => new() { CellValue = new CellValue(tal) };

    private static Cell Dato(string reference, LocalDate dato) => Dato(dato).Med(reference);

    private static Cell Dato(LocalDate dato) => new()
    {
        CellValue = new CellValue(Period.DaysBetween(s_excelNul, dato).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = DatoStil,
    };

    private static Cell Formel(string formel, string cachet = "0") => new() { CellFormula = new CellFormula(formel), CellValue = new CellValue(cachet) };

    private static Cell Med(this Cell c, string reference)
    {
        c.CellReference = reference;
        return c;
    }

    private static Stylesheet Stilark() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy-mm-dd" }) { Count = 1U },
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
