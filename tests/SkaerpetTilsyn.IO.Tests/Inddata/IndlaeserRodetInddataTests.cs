using System.Text;
using SkaerpetTilsyn.Core.Beregning;
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
            ? Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Traade = 2, StopVedAfviste = false }, () => new Inddatakontrol()).Rapport
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
}
