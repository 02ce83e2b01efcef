using DocumentFormat.OpenXml.Spreadsheet;
using SkaerpetTilsyn.IO.Dokumenter;
using static SkaerpetTilsyn.IO.Tests.Dokumenter.Dokumentdata;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

/// <summary>The workbook of SPEC §11.2, written through <see cref="Dokumentskriver.Skriv"/> and read back.</summary>
public sealed class SagsgennemgangsskriverTests : IDisposable
{
    // passivsager.csv order: ydelse in code-list order, then person_id; mangler tilbud 2, samtaler 1, begge 2.
    private const string Passiv = "sho:a1:tilbud sho:a2:begge kontanthjaelp:b1:samtaler kontanthjaelp:b2:tilbud kontanthjaelp:b3:begge";
    private const string Liste = "\"manglende tilbud,manglende samtaler,fejlregistrering,borgerens forhold,organisering og ledelse,andet\"";

    private readonly string _ud = NyMappe();

    public void Dispose() => Directory.Delete(_ud, recursive: true);

    [Fact]
    public void Skriv_Administration_SheetsColumnsAndRowsAsPassivsagerCsv()
    {
        using var bog = Skriv(new Dokumentvalg { Stikproeve = 3, Pseudonym = id => "p_" + id });

        bog.Ark.Should().Equal("Passivsager", "Stikproeve", "Oversigt");
        bog.Raekker("Passivsager").Should().Equal(
            "kommune|person_id|ydelse|forloeb_start|taellede_dage|tilbud_i_vindue|timer_i_vindue|samtaler_i_vindue|mangler|aarsag|bemaerkning|gennemgaaet_af|dato",
            "101|p_a1|sho|43831|365|0|0|0|tilbud|",
            "101|p_a2|sho|43832|366|1|12.5|1|begge|",
            "101|p_b1|kontanthjaelp|43833|367|0|25|2|samtaler|",
            "101|p_b2|kontanthjaelp|43834|368|1|37.5|3|tilbud|",
            "101|p_b3|kontanthjaelp|43835|369|0|50|4|begge|");
    }

    [Fact]
    public void Skriv_Cells_NumbersNumericDatesRealDatesIdsText()
    {
        using var bog = Skriv(new Dokumentvalg());

        bog.Celle("Passivsager", "A2").DataType.Should().BeNull("kommune is a number");
        bog.Celle("Passivsager", "E2").DataType.Should().BeNull();
        bog.Celle("Passivsager", "B2").DataType!.Value.Should().Be(CellValues.InlineString, "person_id stays text");
        var dato = bog.Celle("Passivsager", "D2");
        dato.CellValue!.Text.Should().Be("43831", "Excel's serial of 2020-01-01");
        var format = bog.Stilark.CellFormats!.Elements<CellFormat>().ElementAt((int)dato.StyleIndex!.Value);
        bog.Stilark.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == format.NumberFormatId!).FormatCode!.Value.Should().Be("yyyy-mm-dd");
        bog.Celle("Passivsager", "M2").StyleIndex!.Value.Should().Be(dato.StyleIndex.Value, "the reviewer's dato is shown like forloeb_start");
        Arbejdsbog.Tekst(bog.Celle("Passivsager", "B2")).Should().Be("a1", "without --pseudonymiser the ids are shown as given");
    }

    [Fact]
    public void Skriv_AarsagColumns_ListValidationOfTheSixCauses()
    {
        using var bog = Skriv(new Dokumentvalg { Stikproeve = 3 });

        foreach (var (ark, omraade) in new[] { ("Passivsager", "J2:J6"), ("Stikproeve", "J2:J4") })
        {
            var v = bog.Hent(ark).Descendants<DataValidation>().Should().ContainSingle().Subject;
            v.Type!.Value.Should().Be(DataValidationValues.List);
            v.Formula1!.Text.Should().Be(Liste);
            v.SequenceOfReferences!.InnerText.Should().Be(omraade);
            v.AllowBlank!.Value.Should().BeTrue();
        }
    }

    // Seed 2023101, n = 3: sho gets 1, kontanthjaelp 2 (remainder 3 > 2). Keys of "2023101:id" (sha256sum):
    // a1 80f5… < a2 a5c3…; b1 8b67… < b2 c2eb… < b3 ca72…. Of the pseudonyms "p_id" the order would differ: p_b2 4ba9… < p_b3 8c53… < p_b1 e9c7….
    // Seed 42: a1 6c37… < a2 bfd8…; b3 137b… < b2 1ad3… < b1 e09f….
    [Theory]
    [InlineData(null, 3, "p_a1 p_b1 p_b2")]
    [InlineData(42L, 3, "p_a1 p_b2 p_b3")]
    [InlineData(null, 30, "p_a1 p_a2 p_b1 p_b2 p_b3")]
    [InlineData(null, 1, "p_b1")]
    [InlineData(null, 0, "")]
    public void Skriv_Stikproeve_DrawnOnRawIdsShownPseudonymisedInCsvOrder(long? seed, int n, string forventet)
    {
        using var bog = Skriv(new Dokumentvalg { Stikproeve = n, Seed = seed, Pseudonym = id => "p_" + id });

        var raekker = bog.Raekker("Stikproeve");
        raekker[0].Should().Be(bog.Raekker("Passivsager")[0]);
        string.Join(" ", raekker.Skip(1).Select(r => r.Split('|')[1])).Should().Be(forventet);
        raekker.Skip(1).Should().BeSubsetOf(bog.Raekker("Passivsager").Skip(1), "a sample row is its Passivsager row");
        Arbejdsbog.Tekst(bog.Celle("Oversigt", "B6")).Should().Be(seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "2023101");
    }

    [Fact]
    public void Skriv_Oversigt_CountsPerYdelseAndMangler()
    {
        using var bog = Skriv(new Dokumentvalg { Stikproeve = 3 });

        var raekker = bog.Raekker("Oversigt");
        raekker.Take(6).Should().Equal("kommune|101", "navn|København", "aar|2023", "passivsager_pr|45291", "stikproeve|3", "seed|2023101");
        raekker.Should().ContainInOrder(
            "ydelse|passivsager|stikproeve", "sho|2|1", "kontanthjaelp|3|2", "i alt|5|3",
            "mangler|passivsager|stikproeve", "tilbud|2|2", "samtaler|1|1", "begge|2|0");
    }

    [Fact]
    public void Skriv_Oversigt_LiveFormulasCountingTheFilledInAarsag()
    {
        using var bog = Skriv(new Dokumentvalg { Stikproeve = 3 });

        var formler = bog.Hent("Oversigt").Descendants<Row>()
            .Where(r => r.Descendants<CellFormula>().Any())
            .Select(r => $"{Arbejdsbog.Tekst(r.Elements<Cell>().First())}: {string.Join(" ; ", r.Descendants<CellFormula>().Select(f => f.Text))}")
            .ToList();
        // Rows 19-24 are the six causes, 11 the total of passivsager, 25 the filled-in total.
        var i = Enumerable.Range(19, 6).ToList();
        formler.Should().Equal(
            $"manglende tilbud: COUNTIF(Passivsager!$J:$J,A{i[0]}) ; COUNTIF(Stikproeve!$J:$J,A{i[0]})",
            $"manglende samtaler: COUNTIF(Passivsager!$J:$J,A{i[1]}) ; COUNTIF(Stikproeve!$J:$J,A{i[1]})",
            $"fejlregistrering: COUNTIF(Passivsager!$J:$J,A{i[2]}) ; COUNTIF(Stikproeve!$J:$J,A{i[2]})",
            $"borgerens forhold: COUNTIF(Passivsager!$J:$J,A{i[3]}) ; COUNTIF(Stikproeve!$J:$J,A{i[3]})",
            $"organisering og ledelse: COUNTIF(Passivsager!$J:$J,A{i[4]}) ; COUNTIF(Stikproeve!$J:$J,A{i[4]})",
            $"andet: COUNTIF(Passivsager!$J:$J,A{i[5]}) ; COUNTIF(Stikproeve!$J:$J,A{i[5]})",
            "udfyldt i alt: COUNTA(Passivsager!$J:$J)-1 ; COUNTA(Stikproeve!$J:$J)-1",
            "ikke udfyldt: B11-B25 ; C11-C25");
        Arbejdsbog.Tekst(bog.Celle("Oversigt", "B11")).Should().Be("5", "row 11 is the total the formula subtracts from");
        bog.Celle("Oversigt", "B26").CellValue!.Text.Should().Be("5", "nothing is filled in yet");
    }

    [Fact]
    public void Skriv_AdministrationWithoutPassivsager_EmptySheetsWithTheList()
    {
        var a = Afgoerelse("fortsat_administration administration 50 30 51.78 23.4");
        Dokumentskriver.Skriv(_ud, Resultat([a]), new Dokumentvalg());

        using var bog = new Arbejdsbog(Path.Combine(_ud, "sagsgennemgang", "101-Koebenhavn.xlsx"));
        bog.Raekker("Passivsager").Should().ContainSingle();
        bog.Raekker("Stikproeve").Should().ContainSingle();
        bog.Hent("Passivsager").Descendants<DataValidation>().Single().SequenceOfReferences!.InnerText.Should().Be("J2:J2");
        bog.Raekker("Oversigt").Should().Contain("i alt|0|0");
    }

    private Arbejdsbog Skriv(Dokumentvalg valg)
    {
        var a = Afgoerelse("administration skaerpet 50 30 51.78 23.4");
        Dokumentskriver.Skriv(_ud, Resultat([a], Sager(101, Passiv)), valg);
        return new Arbejdsbog(Path.Combine(_ud, "sagsgennemgang", "101-Koebenhavn.xlsx"));
    }
}
