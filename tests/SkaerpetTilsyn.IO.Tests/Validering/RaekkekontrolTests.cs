using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tests.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Tests.Validering;

/// <summary>The shared row checks over a source that is not CSV, with the exact reject texts of SPEC §8.1 and §9.5.</summary>
public sealed class RaekkekontrolTests
{
    private static readonly string[] s_enKolonne = ["felt"];

    // Which check, the field, and the reason it rejects with (null: accepted).
    public static TheoryData<string, string, string?> Felter => new()
    {
        { "kommune", "101", null },
        { "kommune", " 860\t", null },
        { "kommune", "", "manglende 'kommune'" },
        { "kommune", "1", "ugyldig kommune '1'" },
        { "kommune", "10a", "ugyldig kommune '10a'" },
        { "kommune", "0101", "ugyldig kommune '0101'" },
        { "kommune", "999", "ukendt kommune '999'" },
        { "kommune", "000", "ukendt kommune '000'" },
        { "dato", "2024-02-29", null },
        { "dato", "", "manglende 'dato'" },
        { "dato", "2023-02-29", "ugyldig dato i 'dato': '2023-02-29'" },
        { "dato", "31-01-2023", "ugyldig dato i 'dato': '31-01-2023'" },
        { "dato", new string('x', 101), $"ugyldig dato i 'dato': '{new string('x', 100)}…'" },
        { "heltal", "123456789", null },
        { "heltal", "", "manglende 'aar'" },
        { "heltal", "1234567890", "ugyldigt heltal i 'aar': '1234567890'" },
        { "heltal", "-1", "ugyldigt heltal i 'aar': '-1'" },
        { "heltal", "20x3", "ugyldigt heltal i 'aar': '20x3'" },
        { "tal", "-1.25", null },
        { "tal", "", "manglende 'timer'" },
        { "tal", "1,5", "ugyldigt tal i 'timer': '1,5'" },
        { "valgfrittal", "", null },
        { "valgfrittal", "30.00", null },
        { "valgfrittal", "x", "ugyldigt tal i 'basis_fm1': 'x'" },
        { "felt", "sho", null },
        { "felt", " \t", "manglende 'ydelse'" },
        { "paakraevet", "udvalgt", null },
        { "paakraevet", "", "manglende 'status'" },
        { "ukendt", "foo", "ukendt ydelse 'foo'" },
        { "personid", "A", null },
        { "personid", "", "manglende 'person_id'" },
        { "personid", new string('x', 64), null },
        { "personid", new string('x', 65), "person_id er længere end 64 tegn" },
        { "personid", new string('æ', 64), null },
        { "personid", new string('æ', 65), "person_id er længere end 64 tegn" },
        { "personid", "0101001234", "CPR" },
        { "personid", "3102001234", null },
    };

    [Theory]
    [MemberData(nameof(Felter))]
    public void Tjek_Felt_AfviserMedAarsag(string tjek, string felt, string? aarsag)
    {
        var afviste = new List<Afvisning>();
        var kontrol = Kontrol(new Feltkilde("x.parquet", s_enKolonne, [felt]), new Indlaesningsvalg(), afviste);
        kontrol.Naeste().Should().BeTrue();

        Func<bool> koer = () => Tjek(kontrol, tjek);

        if (aarsag == "CPR")
        {
            koer.Should().Throw<InputFejlException>().WithMessage("x.parquet linje 2: person_id ligner et CPR-nummer*--tillad-cpr*");
            return;
        }

        koer().Should().Be(aarsag is null);
        afviste.Select(a => a.Aarsag).Should().Equal(aarsag is null ? [] : [aarsag]);
    }

    [Fact]
    public void TryPersonId_CprTilladt_Godtages()
    {
        var kontrol = Kontrol(new Feltkilde("x.parquet", s_enKolonne, ["0101001234"]), new Indlaesningsvalg { TilladCpr = true }, []);
        kontrol.Naeste();

        kontrol.TryPersonId(0).Should().BeTrue();
    }

    public static TheoryData<string, string, string?> Perioder => new()
    {
        { "2023-01-01", "", null },
        { "2023-01-01", "2023-01-01", null },
        { "2023-01-02", "2023-01-01", "'til' før 'fra'" },
        { "", "", "manglende 'fra'" },
        { "x", "", "ugyldig dato i 'fra': 'x'" },
        { "2023-01-01", "x", "ugyldig dato i 'til': 'x'" },
    };

    [Theory]
    [MemberData(nameof(Perioder))]
    public void TryPeriode_FraOgTil_AfviserMedAarsag(string fra, string til, string? aarsag)
    {
        var afviste = new List<Afvisning>();
        var kontrol = Kontrol(new Feltkilde("x.parquet", ["fra", "til"], [fra, til]), new Indlaesningsvalg(), afviste);
        kontrol.Naeste();

        kontrol.TryPeriode(0, 1, out _, out _).Should().Be(aarsag is null);
        afviste.Select(a => a.Aarsag).Should().Equal(aarsag is null ? [] : [aarsag]);
    }

    [Fact]
    public void Naeste_ForkertAntalFelter_AfvistMedLinjeOgRaekke()
    {
        var afviste = new List<Afvisning>();
        var kilde = new Feltkilde("x.parquet", ["a", "b"], ["1", "2", "3"], ["1", "2"], ["1"]);
        var kontrol = Kontrol(kilde, new Indlaesningsvalg(), afviste);

        kontrol.Naeste().Should().BeTrue();
        kontrol.Linje.Should().Be(3);
        kontrol.Naeste().Should().BeFalse();
        afviste.Should().Equal(
            new Afvisning("x.parquet", 2, "forkert antal felter: 3, overskriften har 2", "1,2,3"),
            new Afvisning("x.parquet", 4, "forkert antal felter: 1, overskriften har 2", "1"));
    }

    [Fact]
    public void Afvis_LangRaekke_VisesAfkortet()
    {
        var afviste = new List<Afvisning>();
        var kontrol = Kontrol(new Feltkilde("x.parquet", s_enKolonne, [new string('y', 1001)]), new Indlaesningsvalg(), afviste);
        kontrol.Naeste();

        kontrol.Afvis("grund").Should().BeFalse();

        afviste.Single().Raekke.Should().Be(new string('y', 1000) + "…");
    }

    [Fact]
    public void Afvis_Strict_StopperMedFilLinjeOgAarsag()
    {
        var kontrol = Kontrol(new Feltkilde("x.parquet", ["a", "b"], ["1"]), new Indlaesningsvalg { Strict = true }, []);

        Action naeste = () => kontrol.Naeste();

        naeste.Should().Throw<InputFejlException>().WithMessage("x.parquet linje 2: forkert antal felter: 1, overskriften har 2");
    }

    [Fact]
    public void Afslut_Raekker_LaestErBrugtPlusAfvistPlusDubletter()
    {
        var kilde = new Feltkilde("x.parquet", s_enKolonne, ["101"], ["101"], ["abc"], ["147"]);
        var kontrol = Kontrol(kilde, new Indlaesningsvalg(), []);
        while (kontrol.Naeste())
        {
            if (kontrol.TryKommune(0, out _))
            {
                kontrol.ErDublet();
            }
        }

        kontrol.Afslut().Should().Be(new Filstatistik("x.parquet", "sha", Laest: 4, Brugt: 2, Afvist: 1, Dubletter: 1));
        kilde.Afsluttet.Should().BeTrue();
    }

    private static Raekkekontrol Kontrol(Feltkilde kilde, Indlaesningsvalg valg, List<Afvisning> afviste) =>
        new(kilde, valg, afviste, Dubletkontrol.HeleFilen());

    private static bool Tjek(Raekkekontrol kontrol, string tjek) => tjek switch
    {
        "kommune" => kontrol.TryKommune(0, out _),
        "dato" => kontrol.TryDato(0, "dato", out _),
        "heltal" => kontrol.TryHeltal(0, "aar", out _),
        "tal" => kontrol.TryTal(0, "timer", out _),
        "valgfrittal" => kontrol.TryValgfritTal(0, "basis_fm1", out _),
        "felt" => kontrol.TryFelt(0, "ydelse", out _),
        "paakraevet" => kontrol.TryPaakraevet(0, "status", out _),
        "ukendt" => kontrol.AfvisUkendt(0, "ydelse"),
        "personid" => kontrol.TryPersonId(0),
        _ => throw new ArgumentOutOfRangeException(nameof(tjek), tjek, "ukendt tjek"),
    };
}
