using System.IO.Compression;
using System.Text;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Generering;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

/// <summary>
/// Whole readings across the border where line-by-line framing hands over to CsvHelper (<see cref="Csv.PlainCsvRecordSource"/>): the same persons,
/// rejected rows, lines, duplicate counts and strict errors as when CsvHelper frames every file (<see cref="Indlaesningsvalg.Tegnsaet"/> UTF-8).
/// </summary>
public sealed class IndlaeserRammeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Laes_CitatMidtIEnPerson_SammeSomCsvHelperOverAlt(int traade)
    {
        using var mappe = Genereret();
        Indsaet(mappe, "samtaler.csv", crlf: true, bom: true);
        Indsaet(mappe, "ydelser.csv", crlf: false, bom: false);
        Gzip(mappe, "timer.csv");

        var valg = new Indlaesningsvalg { Traade = traade, StopVedAfviste = false, Hukommelse = 1L << 20 };
        var (linjer, rapport) = Indlaeser.Laes(mappe.Sti, valg, () => new Beskrivelser());
        var (csvLinjer, csvRapport) = Indlaeser.Laes(mappe.Sti, valg with { Tegnsaet = Encoding.UTF8 }, () => new Beskrivelser());

        linjer.Should().Equal(csvLinjer);
        rapport.Afviste.Should().Equal(csvRapport.Afviste);
        rapport.Filer.Should().Equal(csvRapport.Filer);
        rapport.Filer.Single(f => f.Navn == "samtaler.csv").Dubletter.Should().BeGreaterThan(0, "a row before the quote is repeated quoted after it");
        rapport.Afviste.Should().Contain(a => a.Fil == "samtaler.csv" && a.Aarsag.StartsWith("ugyldig dato", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Laes_StrictFejlLigeEfterCitatet_SammeLinjeSomCsvHelper(int traade)
    {
        using var mappe = Genereret();
        Indsaet(mappe, "samtaler.csv", crlf: true, bom: true);
        var valg = new Indlaesningsvalg { Traade = traade, Strict = true };

        string plain = Assert.Throws<InputFejlException>(() => Indlaeser.Laes(mappe.Sti, valg, () => new Beskrivelser())).Message;
        string csv = Assert.Throws<InputFejlException>(() => Indlaeser.Laes(mappe.Sti, valg with { Tegnsaet = Encoding.UTF8 }, () => new Beskrivelser())).Message;

        plain.Should().Be(csv).And.StartWith("samtaler.csv linje ").And.Contain("ugyldig dato");
    }

    private static Datamappe Genereret()
    {
        var mappe = new Datamappe();
        new Datagenerator(new GeneratorValg { Personer = 3000, Kommuner = [101, 147, 751], FraAar = 2021, TilAar = 2023, Seed = 7 }).Generer(mappe.Sti);
        return mappe;
    }

    /// <summary>
    /// In the middle of the file, inside one person's rows: a copy of the row before with its fields quoted, a bad date, and a row
    /// with a line break inside a quote (rejected for its last field); optionally CRLF line ends and a BOM.
    /// </summary>
    private static void Indsaet(Datamappe mappe, string navn, bool crlf, bool bom)
    {
        var linjer = File.ReadAllLines(mappe.Fil(navn)).ToList();
        int i = linjer.Count / 2;
        string id = linjer[i].Split(',')[0];
        while (linjer[i + 1].Split(',')[0] != id)
        {
            i++;
            id = linjer[i].Split(',')[0];
        }

        string[] felter = linjer[i].Split(',');
        string citeret = string.Join(",", felter.Select(f => $"\"{f}\""));
        string[] skaeve = [.. felter];
        skaeve[^1] = $"\"{felter[^1]}\n\"";
        string[] daarlig = [.. felter];
        daarlig[1] = "2023-13-01";
        linjer.InsertRange(i + 1, [citeret, string.Join(",", daarlig), string.Join(",", skaeve)]);
        string tekst = string.Join(crlf ? "\r\n" : "\n", linjer) + (crlf ? "\r\n" : "\n");
        mappe.Skriv(navn, (bom ? "\uFEFF" : "") + tekst);
    }

    private static void Gzip(Datamappe mappe, string navn)
    {
        byte[] bytes = File.ReadAllBytes(mappe.Fil(navn));
        using (var gz = new GZipStream(File.Create(mappe.Fil(navn + ".gz")), CompressionLevel.Fastest))
        {
            gz.Write(bytes);
        }

        mappe.Slet(navn);
    }

    private sealed class Beskrivelser : IPersonberegning<List<string>>
    {
        private readonly List<string> _personer = [];

        public void Tag(Persondata person) =>
            _personer.Add($"{person.PersonId}|{string.Join(";", person.Ydelser)}|{string.Join(";", person.Samtaler)}|{string.Join(";", person.Tilbud)}|{string.Join(";", person.Timer)}|{string.Join(";", person.Fritagelser)}");

        public List<string> Afslut(Beregningsgrundlag grundlag) => _personer;
    }
}
