using System.Text;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

/// <summary>Input as it arrives from the field: Danish Excel exports, over-long lines and CPR numbers as person_id.</summary>
public sealed class IndlaeserRodetInddataTests : IDisposable
{
    private readonly Datamappe _mappe = new();

    public void Dispose() => _mappe.Dispose();

    [Fact]
    public void Laes_SemikolonOverskrift_FejlSomNaevnerSeparatorTilvalget()
    {
        _mappe.Skriv("ydelser.csv", "person_id;kommune;ydelse;fra;til\np1;101;dagpenge;2023-01-01;\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        laes.Should().Throw<InputFejlException>()
            .WithMessage("ydelser.csv er adskilt med semikolon, ikke komma*Kør med --separator ';'*");
    }

    [Fact]
    public void Laes_SemikolonMedSeparatorTilvalg_LaesesSomKomma()
    {
        _mappe.Skriv("ydelser.csv", "person_id;kommune;ydelse;fra;til\np1;101;dagpenge;2023-01-01;\n\"p1\";101;dagpenge;2023-01-01;\n");
        _mappe.Skriv("samtaler.csv", "person_id;dato;type;form\n");
        _mappe.Skriv("tilbud.csv", "person_id;fra;til;type\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Separator = ';' });

        inddata.Personer.Should().ContainSingle().Which.Ydelser.Should().ContainSingle();
        inddata.Rapport.Filer[0].Dubletter.Should().Be(1);
    }

    [Fact]
    public void Laes_Windows1252MedAeOeAa_FejlSomNaevnerEncodingTilvalget()
    {
        File.WriteAllBytes(_mappe.Fil("ydelser.csv"), Encoding.Latin1.GetBytes(Datamappe.YdelserHeader + "\nSøren,101,dagpenge,2023-01-01,\n"));

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        laes.Should().Throw<InputFejlException>().WithMessage("ydelser.csv er ikke UTF-8, men ligner Windows-1252/Latin-1*--encoding latin1.");
    }

    [Fact]
    public void Laes_Latin1MedEncodingTilvalg_IdLaesesRigtigt()
    {
        File.WriteAllBytes(_mappe.Fil("ydelser.csv"), Encoding.Latin1.GetBytes(Datamappe.YdelserHeader + "\nSøren,101,dagpenge,2023-01-01,\n"));

        var inddata = Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Tegnsaet = Encoding.Latin1 });

        inddata.Personer.Should().ContainSingle().Which.PersonId.Should().Be("Søren");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Laes_LinjePaaMegabytes_AfvistSomRaekkeOgKoerslenFortsaetter(bool stroem)
    {
        string lang = "p1,101,dagpenge,2023-01-01," + new string('x', 3 << 20);
        _mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\np0,101,dagpenge,2023-01-01,\n{lang}\np2,101,dagpenge,2023-01-01,\n");

        var rapport = stroem
            ? Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Traade = 2 }, () => new Inddatakontrol()).Rapport
            : Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg()).Rapport;

        var afvist = rapport.Afviste.Should().ContainSingle().Subject;
        afvist.Linje.Should().Be(3);
        afvist.Aarsag.Should().Be("rækken er længere end 1 MiB; kun begyndelsen er vist");
        afvist.Raekke.Should().StartWith("p1,101,dagpenge,2023-01-01,xxx").And.HaveLength(1001);
        rapport.Filer[0].Should().BeEquivalentTo(new { Laest = 3, Brugt = 2, Afvist = 1, Dubletter = 0 });
    }

    [Fact]
    public void Laes_AnfoerselstegnDerAldrigLukkes_KlarFejl()
    {
        var tekst = new StringBuilder(Datamappe.YdelserHeader + "\n\"p1,101,dagpenge,2023-01-01,\n");
        for (int i = 0; i < 200_000; i++)
        {
            tekst.Append("p2,101,dagpenge,2023-01-01,\n");
        }

        _mappe.Skriv("ydelser.csv", tekst.ToString());

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        laes.Should().Throw<InputFejlException>().WithMessage("ydelser.csv: rækken efter linje 1 er længere end 4 MiB, sandsynligvis fordi et anførselstegn*");
    }

    [Theory]
    [InlineData("0101801234", true)]
    [InlineData("2902001234", true)]
    [InlineData("3112991234", true)]
    [InlineData("3102801234", false)]
    [InlineData("2902011234", false)]
    [InlineData("0013801234", false)]
    [InlineData("010180123", false)]
    [InlineData("01018012345", false)]
    [InlineData("P101801234", false)]
    public void Laes_PersonIdSomCpr_StopperMedForklaring(string id, bool cpr)
    {
        _mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\n{id},101,dagpenge,2023-01-01,\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        if (cpr)
        {
            laes.Should().Throw<InputFejlException>().WithMessage(
                "ydelser.csv linje 2: person_id ligner et CPR-nummer (ti cifre, hvor de første seks er en dato). Resultater som passivsager.csv*--tillad-cpr*");
            Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { TilladCpr = true }).Personer.Should().ContainSingle();
        }
        else
        {
            laes.Should().NotThrow();
        }
    }

    // Two ids that differ only in invalid bytes must never become one person, wherever in the file they are (SPEC §9.5).
    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(70_000, false)]
    [InlineData(70_000, true)]
    [InlineData(300_000, true)]
    public void Laes_UgyldigUtf8IEnRaekke_AfvistOgAldrigFlettet(int foranBytes, bool stroem)
    {
        var ydelser = new MemoryStream();
        ydelser.Write(Encoding.UTF8.GetBytes(Datamappe.YdelserHeader + "\n"));
        for (int i = 0; ydelser.Length < foranBytes; i++)
        {
            ydelser.Write(Encoding.UTF8.GetBytes($"a{i:D7},101,dagpenge,2023-01-01,\n"));
        }

        ydelser.Write([(byte)'p', 0xFF, .. ",101,dagpenge,2023-01-01,\n"u8]);
        ydelser.Write([(byte)'p', 0xFE, .. ",101,dagpenge,2023-01-01,\n"u8]);
        ydelser.Write([.. "q,101,dagpenge,2023-01-01,"u8, 0xC3, (byte)'\n']);
        ydelser.Write("z1,101,dagpenge,2023-01-01,\n"u8);
        File.WriteAllBytes(_mappe.Fil("ydelser.csv"), ydelser.ToArray());
        var valg = new Indlaesningsvalg { Traade = 2 };

        List<string> personer;
        Indlaesningsrapport rapport;
        if (stroem)
        {
            (personer, rapport) = Indlaeser.Laes(_mappe.Sti, valg, () => new Ider());
        }
        else
        {
            var inddata = Indlaeser.Laes(_mappe.Sti, valg);
            (personer, rapport) = ([.. inddata.Personer.Select(p => p.PersonId)], inddata.Rapport);
        }

        rapport.Afviste.Select(a => (a.Aarsag, a.Linje - rapport.Afviste[0].Linje)).Should().Equal(("ugyldig UTF-8", 0L), ("ugyldig UTF-8", 1L), ("ugyldig UTF-8", 2L));
        personer.Where(id => !id.StartsWith('a')).Should().Equal("z1");
    }

    [Fact]
    public void Laes_UgyldigUtf8MedStrict_FoersteRaekkeNaevnt()
    {
        File.WriteAllBytes(_mappe.Fil("ydelser.csv"), [.. Encoding.UTF8.GetBytes(Datamappe.YdelserHeader + "\np1,101,dagpenge,2023-01-01,\np"), 0xFF, .. ",101,dagpenge,2023-01-01,\n"u8]);

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Strict = true });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("ydelser.csv linje 3: ugyldig UTF-8");
    }

    public static TheoryData<byte[], string> IkkeTekst => new()
    {
        { [], "ydelser.csv er tom; den skal mindst have overskriften." },
        { "\n"u8.ToArray(), "ydelser.csv er tom; den skal mindst have overskriften." },
        // An .xlsx is a zip archive: its first bytes.
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xE6, 0xF8, 0x9C, 0xFF, 0x0A], "ydelser.csv er ikke en tekstfil (den indeholder nul-byte og ugyldig UTF-8)*" },
        { [0xFF, 0xFE, (byte)'p', 0, (byte)'e', 0], "ydelser.csv er gemt i UTF-16, ikke UTF-8; gem den som CSV i UTF-8." },
    };

    [Theory]
    [MemberData(nameof(IkkeTekst))]
    public void Laes_TomEllerBinaerFil_FejlSomSigerHvad(byte[] indhold, string besked)
    {
        File.WriteAllBytes(_mappe.Fil("ydelser.csv"), indhold);

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        laes.Should().Throw<InputFejlException>().WithMessage(besked);
    }

    [Fact]
    public void Laes_NulByteIEnRaekke_RaekkenBehandlesIkkeFilenSomBinaer()
    {
        _mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\np1,101,dagpenge,2023-01-01,\np\0,101,dagpenge,2023-01-01,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        inddata.Personer.Select(p => p.PersonId).Should().Contain("p1");
    }

    [Fact]
    public void Laes_TomGzip_FejlSomSigerTom()
    {
        _mappe.Slet("ydelser.csv");
        _mappe.SkrivGz("ydelser.csv.gz", "");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg());

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("ydelser.csv.gz er tom; den skal mindst have overskriften.");
    }

    private sealed class Ider : IPersonberegning<List<string>>
    {
        private readonly List<string> _ider = [];

        public void Tag(Persondata person) => _ider.Add(person.PersonId);

        public List<string> Afslut(Beregningsgrundlag grundlag) => _ider;
    }
}
