using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

// SPEC §11.3 (meddelt in status.csv) and §11.5 (milepaele.csv).
public sealed partial class IndlaeserTests
{
    private const string MilepaeleHeader = "kommune,maaned,fm1_maal,fm2_maal";
    private const string Stop = "; en milepæl afvises aldrig stille, så ret rækken og kør igen.";

    private static readonly Indlaesningsvalg s_medMilepaele = new() { LaesMilepaele = true };

    public static TheoryData<string, string> AfvisteMilepaele => new()
    {
        { "999,2024-06,40,", "ukendt kommune '999'" },
        { ",2024-06,40,", "manglende 'kommune'" },
        { "101,2024-6,40,", "ugyldig måned i 'maaned': '2024-6'" },
        { "101,2024-13,40,", "ugyldig måned i 'maaned': '2024-13'" },
        { "101,2024-06-30,40,", "ugyldig måned i 'maaned': '2024-06-30'" },
        { "101,juni,40,", "ugyldig måned i 'maaned': 'juni'" },
        { "101,,40,", "manglende 'maaned'" },
        { "101,2024-06,4o,", "ugyldigt tal i 'fm1_maal': '4o'" },
        { "101,2024-06,40,\"1,5\"", "ugyldigt tal i 'fm2_maal': '1,5'" },
        { "101,2024-06,100.01,", "'fm1_maal' skal være en procent fra 0 til 100: '100.01'" },
        { "101,2024-06,,-1", "'fm2_maal' skal være en procent fra 0 til 100: '-1'" },
        { "101,2024-06,,-0.01", "'fm2_maal' skal være en procent fra 0 til 100: '-0.01'" },
        { "101,2024-06,40", "forkert antal felter: 3, overskriften har 4" },
    };

    [Fact]
    public void Laes_StatusMeddelt_DatoEllerTomSomUkendt()
    {
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + ",meddelt\n101,skaerpet,2023,31.25,,2024-04-30\n147,administration,2021,40,30,\n157,ingen,,,,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Status!.Select(s => s.Meddelt).Should().Equal(new LocalDate(2024, 4, 30), null, null);
        inddata.Rapport.Afviste.Should().BeEmpty();
    }

    [Fact]
    public void Laes_StatusUdenMeddeltKolonne_Ukendt()
    {
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + "\n101,administration,2021,40,30\n");

        Indlaeser.Laes(_mappe.Sti, s_valg).Status!.Single().Meddelt.Should().BeNull();
    }

    [Theory]
    [InlineData("30-04-2024", "ugyldig dato i 'meddelt': '30-04-2024'")]
    [InlineData("2024-02-30", "ugyldig dato i 'meddelt': '2024-02-30'")]
    [InlineData("2024-04", "ugyldig dato i 'meddelt': '2024-04'")]
    public void Laes_StatusUgyldigMeddelt_Afvist(string meddelt, string aarsag)
    {
        string raekke = "101,skaerpet,2023,31.25,," + meddelt;
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + ",meddelt\n" + raekke + "\n");

        Indlaeser.Laes(_mappe.Sti, s_valg).Rapport.Afviste.Should().Equal(new Afvisning("status.csv", 2, aarsag, raekke));
    }

    [Fact]
    public void Laes_StatusMeddeltToGange_Fejl()
    {
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + ",meddelt,meddelt\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("status.csv har kolonnen 'meddelt' mere end én gang i overskriften.");
    }

    [Fact]
    public void Laes_StatusSkrevetAfStatusSkriver_LaesesEns()
    {
        Kommunestatus[] status =
        [
            new(101, Tilsynsstatus.Skaerpet, 2023, 51.78m, 39.79m) { Meddelt = new LocalDate(2024, 4, 30) },
            new(147, Tilsynsstatus.Administration, 2020, 22.00m, null),
            Kommunestatus.Ingen(151),
        ];
        StatusSkriver.Skriv(_mappe.Fil("status.csv"), status, CsvDialekt.Standard);

        File.ReadAllText(_mappe.Fil("status.csv")).Should().Be(
            "kommune,status,udvalgt_aar,basis_fm1,basis_fm2,meddelt\n101,skaerpet,2023,51.78,39.79,2024-04-30\n147,administration,2020,22.00,,\n151,ingen,,,,\n");
        Indlaeser.Laes(_mappe.Sti, s_valg).Status.Should().Equal(status);
    }

    [Fact]
    public void Laes_Milepaele_SorteretOgPaaBeregningsgrundlaget()
    {
        _mappe.Skriv("milepaele.csv", MilepaeleHeader + "\n159,2024-06,40,35\n101,2024-09,,20.5\n101,2024-03,45.25,\n159,2024-06,40,35\n");

        var laesning = Indlaeser.Laes(_mappe.Sti, s_medMilepaele, () => new Grundlag());

        Milepael[] forventet = [new(101, new YearMonth(2024, 3), 45.25m, null), new(101, new YearMonth(2024, 9), null, 20.5m), new(159, new YearMonth(2024, 6), 40m, 35m)];
        laesning.Resultat.Milepaele.Should().Equal(forventet);
        laesning.Rapport.Filer.Single(f => f.Navn == "milepaele.csv").Should().BeEquivalentTo(new { Laest = 4, Brugt = 3, Afvist = 0, Dubletter = 1 });
        laesning.Rapport.Advarsler.Should().Equal("milepaele.csv: 1 dublet brugt én gang");
    }

    [Fact]
    public void Laes_MilepaeleUdenValg_LaesesIkke()
    {
        _mappe.Skriv("milepaele.csv", "ikke,en,milepaelsfil\nx\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Milepaele.Should().BeEmpty();
        inddata.Rapport.Filer.Select(f => f.Navn).Should().NotContain("milepaele.csv");
    }

    [Fact]
    public void Laes_MilepaeleFil_LaesesIStedetForMappens()
    {
        _mappe.Skriv("milepaele.csv", "ikke,en,milepaelsfil\n");
        string fil = _mappe.Fil("plan-2024.csv");
        File.WriteAllText(fil, MilepaeleHeader + "\n101,2024-06,30,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { MilepaeleFil = fil });

        inddata.Milepaele.Should().Equal(new Milepael(101, new YearMonth(2024, 6), 30m, null));
    }

    [Fact]
    public void Laes_MilepaeleFilFindesIkke_Fejl()
    {
        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { MilepaeleFil = "/findes/ikke.csv" });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("Milepælsfilen '/findes/ikke.csv' findes ikke.");
    }

    [Theory]
    [MemberData(nameof(AfvisteMilepaele))]
    public void Laes_MilepaelAfvist_StopperMedFilLinjeOgAarsag(string raekke, string aarsag)
    {
        _mappe.Skriv("milepaele.csv", MilepaeleHeader + "\n101,2024-03,45,\n" + raekke + "\n159,2024-06,40,35\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_medMilepaele);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be($"milepaele.csv linje 3: {aarsag}{Stop}");
    }

    [Fact]
    public void Laes_MilepaelAfvistIStrict_StopperVedRaekken()
    {
        _mappe.Skriv("milepaele.csv", MilepaeleHeader + "\n101,2024-13,45,\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_medMilepaele with { Strict = true });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("milepaele.csv linje 2: ugyldig måned i 'maaned': '2024-13'");
    }

    [Fact]
    public void Laes_MilepaelKommuneOgMaanedToGange_Fejl()
    {
        _mappe.Skriv("milepaele.csv", MilepaeleHeader + "\n101,2024-06,45,\n159,2024-06,40,\n101,2024-06,40,\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_medMilepaele);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("milepaele.csv linje 4: kommune 101 har allerede en milepæl for 2024-06 i linje 2.");
    }

    [Theory]
    [InlineData("0", "100")]
    [InlineData("", "")]
    public void Laes_MilepaelVedGraenserneEllerUdenMaal_Brugt(string fm1, string fm2)
    {
        _mappe.Skriv("milepaele.csv", $"{MilepaeleHeader}\n101,2024-06,{fm1},{fm2}\n");

        Indlaeser.Laes(_mappe.Sti, s_medMilepaele).Milepaele.Should().ContainSingle().Which.Kommune.Should().Be(101);
    }

    [Fact]
    public void Laes_MilepaeleUdenKolonne_Fejl()
    {
        _mappe.Skriv("milepaele.csv", "kommune,maaned,fm1_maal\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_medMilepaele);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("milepaele.csv mangler kolonnen 'fm2_maal' i overskriften.");
    }

    /// <summary>Keeps what the reader finishes a computation with.</summary>
    private sealed class Grundlag : IPersonberegning<Beregningsgrundlag>
    {
        public void Tag(Persondata person)
        {
        }

        public Beregningsgrundlag Afslut(Beregningsgrundlag grundlag) => grundlag;
    }
}
