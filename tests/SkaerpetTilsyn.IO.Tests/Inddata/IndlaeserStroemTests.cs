using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Generering;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

/// <summary>The streaming merge-join path of <see cref="Indlaeser"/> against the in-memory path (SPEC §2, §8.2; issue 3).</summary>
public class IndlaeserStroemTests
{
    // SPEC §8.2: an exact duplicate is an identical list of trimmed fields, however the row was written.
    public static TheoryData<string, string, bool> Dubletpar => new()
    {
        { "A,101,sho,2023-01-01,2023-01-31", "A,101,sho,2023-01-01,2023-01-31", true },
        { "A,101,sho,2023-01-01,2023-01-31", "A, 101 ,sho,2023-01-01,\t2023-01-31", true },
        { "A,101,sho,2023-01-01,2023-01-31", "\"A\",101,\"sho\",2023-01-01,2023-01-31", true },
        { "A,101,sho,2023-01-01,2023-01-31", "A,101,sho,2023-01-01,2023-02-28", false },
        { "A,101,sho,2023-01-01,", "A,101,sho,2023-01-01, ", true },
    };

    [Theory]
    [MemberData(nameof(Dubletpar))]
    public void Laes_ToRaekkerForSammePerson_DubletNaarFelterneErEns(string a, string b, bool dublet)
    {
        using var mappe = new Datamappe();
        mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\n{a}\n{b}\n");
        foreach (var rapport in new[] { Stroemmet(mappe.Sti, 1).Rapport, Indlaeser.Laes(mappe.Sti, new Indlaesningsvalg()).Rapport })
        {
            rapport.Filer[0].Dubletter.Should().Be(dublet ? 1 : 0);
            rapport.Filer[0].Brugt.Should().Be(dublet ? 1 : 2);
        }
    }

    [Fact]
    public void Laes_KommaICiteretFeltFlytterFeltgraense_IkkeDublet()
    {
        // Same bytes once the quotes are gone, but other fields: "x,y" + "z" is not "x" + "y,z".
        using var mappe = new Datamappe();
        mappe.Skriv("ydelser.csv", "person_id,kommune,ydelse,fra,til,note1,note2\n"
            + "A,101,sho,2023-01-01,2023-01-31,\"x,y\",z\n"
            + "A,101,sho,2023-01-01,2023-01-31,x,\"y,z\"\n");
        Stroemmet(mappe.Sti, 1).Rapport.Filer[0].Dubletter.Should().Be(0);
    }

    [Fact]
    public void Laes_FejlPaaLaesetraaden_BevarerLaesetraadensStak()
    {
        // With two threads every person file is read on a thread of its own; its error is rethrown on the caller's.
        using var mappe = new Datamappe();
        mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\nA,101,sho,2023-01-01,\n0101001234,101,sho,2023-01-01,\n");

        Action laes = () => Stroemmet(mappe.Sti, 2);

        laes.Should().Throw<InputFejlException>().WithMessage("ydelser.csv linje 3: person_id ligner et CPR-nummer*")
            .Which.StackTrace.Should().Contain("Personfil`2.Producer");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Laes_GenereretSortertSaet_SammePersonerOgTaellingerSomIHukommelsen(int traade)
    {
        using var mappe = Genereret(fejlraekker: 12);
        var hukommelse = Indlaeser.Laes(mappe.Sti, new Indlaesningsvalg { KraevBenchmark = true });
        var (stroem, personer) = Stroemmet(mappe.Sti, traade);

        stroem.UsorteretFil.Should().BeNull();
        personer.Should().Equal(hukommelse.Personer.Select(Beskriv));
        stroem.Afviste.Should().Equal(hukommelse.Rapport.Afviste);
        stroem.Filer.Should().Equal(hukommelse.Rapport.Filer);
        stroem.Periode.Should().BeEquivalentTo(hukommelse.Rapport.Periode);
    }

    [Fact]
    public void Laes_UsorteretFil_FalderTilbageTilHukommelsenMedNyBehandlerOgSammeResultat()
    {
        using var mappe = Genereret(fejlraekker: 0);
        string[] linjer = File.ReadAllLines(mappe.Fil("samtaler.csv"));
        File.WriteAllLines(mappe.Fil("samtaler.csv"), [linjer[0], .. linjer.Skip(1).Reverse()]);
        var hukommelse = Indlaeser.Laes(mappe.Sti, new Indlaesningsvalg { KraevBenchmark = true });

        int beregninger = 0;
        var (personer, rapport) = Indlaeser.Laes(mappe.Sti, new Indlaesningsvalg { KraevBenchmark = true, Traade = 2 }, () =>
        {
            beregninger++;
            return new Beskrivelser();
        });

        rapport.UsorteretFil.Should().Be("samtaler.csv");
        beregninger.Should().Be(2, "the streaming attempt is abandoned and the in-memory pass gets a fresh computation");
        personer.Should().Equal(hukommelse.Personer.Select(Beskriv));
        rapport.Filer.Should().Equal(hukommelse.Rapport.Filer);
    }

    [Fact]
    public void Laes_UsorteretFilMedDubletter_SammeDubletterOgRaekkerSomIHukommelsen()
    {
        // B before A makes the file unsorted; duplicates of A lie far apart, one with blanks and quotes.
        using var mappe = new Datamappe();
        mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\n"
            + "B,101,sho,2023-01-01,2023-01-31\n"
            + "A,101,sho,2023-01-01,2023-01-31\n"
            + "A,101,sho,2023-02-01,2023-02-28\n"
            + "B,101,sho,2023-02-01,2023-02-28\n"
            + "A, 101 ,\"sho\",2023-01-01,2023-01-31\n"
            + "B,101,sho,2023-01-01,2023-01-31\n"
            + "A,101,sho,2023-02-01,2023-02-28\n"
            + "A,101,sho,2023-03-01,2023-03-31\n");
        var hukommelse = Indlaeser.Laes(mappe.Sti, new Indlaesningsvalg());

        var (stroem, personer) = Stroemmet(mappe.Sti, 2);

        stroem.UsorteretFil.Should().Be("ydelser.csv");
        stroem.Filer[0].Should().BeEquivalentTo(new { Laest = 8, Brugt = 5, Afvist = 0, Dubletter = 3 });
        stroem.Filer.Should().Equal(hukommelse.Rapport.Filer);
        stroem.Advarsler.Should().Equal(hukommelse.Rapport.Advarsler);
        personer.Should().Equal(hukommelse.Personer.Select(Beskriv));
    }

    [Fact]
    public void Laes_Strict_LaeserSekventieltOgStopperVedSammeRaekkeSomIHukommelsen()
    {
        using var mappe = Genereret(fejlraekker: 5);
        var valg = new Indlaesningsvalg { KraevBenchmark = true, Strict = true };
        var forventet = Assert.Throws<InputFejlException>(() => Indlaeser.Laes(mappe.Sti, valg)).Message;
        Assert.Throws<InputFejlException>(() => Indlaeser.Laes(mappe.Sti, valg with { Traade = 2 }, () => new Inddatakontrol())).Message.Should().Be(forventet);
    }

    private static Datamappe Genereret(int fejlraekker)
    {
        var mappe = new Datamappe();
        new Datagenerator(new GeneratorValg { Personer = 3000, Kommuner = [101, 147, 751], FraAar = 2021, TilAar = 2023, Seed = 5, BadRows = fejlraekker }).Generer(mappe.Sti);
        return mappe;
    }

    private static (Indlaesningsrapport Rapport, List<string> Personer) Stroemmet(string mappe, int traade)
    {
        var (personer, rapport) = Indlaeser.Laes(mappe, new Indlaesningsvalg { Traade = traade }, () => new Beskrivelser());
        return (rapport, personer);
    }

    // The reader's Persondata is reused, so tests keep a description, not the object.
    private static string Beskriv(Persondata p) =>
        $"{p.PersonId}|{string.Join(";", p.Ydelser)}|{string.Join(";", p.Samtaler)}|{string.Join(";", p.Tilbud)}|{string.Join(";", p.Timer)}|{string.Join(";", p.Fritagelser)}";

    private sealed class Beskrivelser : IPersonberegning<List<string>>
    {
        private readonly List<string> _personer = [];

        public void Tag(Persondata person) => _personer.Add(Beskriv(person));

        public List<string> Afslut(Beregningsgrundlag grundlag) => _personer;
    }
}
