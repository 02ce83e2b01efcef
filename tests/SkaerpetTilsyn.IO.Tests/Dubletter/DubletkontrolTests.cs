using System.Text;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Stroem;
using SkaerpetTilsyn.IO.Tests.Kilder;

namespace SkaerpetTilsyn.IO.Tests.Dubletter;

public sealed class DubletkontrolTests
{
    private static readonly string[] s_kolonner = ["person_id", "dato"];

    // Rows as "person_id|dato"; the expected answer of ErDublet per row, as 'd' (duplicate) or '.' (used).
    public static TheoryData<string, string, string> HeleFilenRaekker => new()
    {
        { "enkelt række", "A|1", "." },
        { "gentaget række", "A|1;A|1", ".d" },
        { "gentaget efter en anden person", "A|1;B|1;A|1", "..d" },
        { "tre ens", "A|1;A|1;A|1", ".dd" },
        { "trimmede felter er ens", "A|1; A |1\t", ".d" },
        { "andet felt forskelligt", "A|1;A|2", ".." },
        { "tomt felt mod blank", "A|;A| ", ".d" },
    };

    [Theory]
    [MemberData(nameof(HeleFilenRaekker))]
    public void ErDublet_HeleFilen_EnhverTidligereRaekke(string tilfaelde, string raekker, string forventet)
    {
        _ = tilfaelde;
        var kontrol = Dubletkontrol.HeleFilen();

        Svar(kontrol, Kilde(raekker)).Should().Be(forventet);
        kontrol.Dubletter.Should().Be(forventet.Count(c => c == 'd'));
        kontrol.Brugt.Should().Be(forventet.Count(c => c == '.'));
    }

    public static TheoryData<string, string, string> PerPersonRaekker => new()
    {
        { "gentaget inden for personen", "A|1;A|1;B|1", ".d." },
        { "samme række hos to personer", "A|1;B|1", ".." },
        { "gentaget efter et skift", "A|1;A|2;A|1;B|1;B|1", "..d.d" },
    };

    [Theory]
    [MemberData(nameof(PerPersonRaekker))]
    public void ErDublet_PerPerson_KunIndenForPersonen(string tilfaelde, string raekker, string forventet)
    {
        _ = tilfaelde;
        var kontrol = Dubletkontrol.PerPerson(0, new Personorden("samtaler.csv"));

        Svar(kontrol, Kilde(raekker)).Should().Be(forventet);
        kontrol.Dubletter.Should().Be(forventet.Count(c => c == 'd'));
    }

    [Fact]
    public void ErDublet_PerPersonUsorteret_Stopper()
    {
        var kontrol = Dubletkontrol.PerPerson(0, new Personorden("samtaler.csv"));
        var kilde = Kilde("B|1;A|1");

        Action svar = () => Svar(kontrol, kilde);

        svar.Should().Throw<UsorteretInputException>().WithMessage("samtaler.csv er ikke sorteret efter person_id.")
            .Which.Fil.Should().Be("samtaler.csv");
    }

    [Fact]
    public void ErDublet_Udskudt_LaderAltPasserOgGiverEnsNoeglerEnsHash()
    {
        var kontrol = Dubletkontrol.Udskudt();
        var kilde = Kilde("A|1; A |1;A|2");
        var hash = new List<ulong>();
        while (kilde.Read(out _))
        {
            kontrol.ErDublet(kilde).Should().BeFalse();
            hash.Add(kontrol.Hash);
        }

        hash[1].Should().Be(hash[0]);
        hash[2].Should().NotBe(hash[0]);
        kontrol.FlytTilDubletter(1);
        (kontrol.Brugt, kontrol.Dubletter).Should().Be((2L, 1L));
    }

    [Fact]
    public void FlytTilDubletter_IkkeUdskudt_Afvises()
    {
        Action flyt = () => Dubletkontrol.HeleFilen().FlytTilDubletter(1);

        flyt.Should().Throw<InvalidOperationException>();
    }

    // The key is the trimmed fields joined by the separator, unless a field holds the separator or NUL: then NUL and length-prefixed fields.
    public static TheoryData<string[], string> Noegler => new()
    {
        { ["A", "1"], "A,1" },
        { [" A ", "\t1"], "A,1" },
        { ["A", ""], "A," },
        { ["x,y", "z"], "\0\u0003\0\0\0x,y\u0001\0\0\0z" },
        { ["x", "y,z"], "\0\u0001\0\0\0x\u0003\0\0\0y,z" },
        { ["x\0", "z"], "\0\u0002\0\0\0x\0\u0001\0\0\0z" },
    };

    [Theory]
    [MemberData(nameof(Noegler))]
    public void Noegle_Felter_KanoniskForm(string[] felter, string forventet)
    {
        var kilde = new Feltkilde("x.parquet", s_kolonner, felter);
        kilde.Read(out _);

        Encoding.UTF8.GetString(Dubletkontrol.HeleFilen().Noegle(kilde)).Should().Be(forventet);
    }

    private static Feltkilde Kilde(string raekker) =>
        new("samtaler.csv", s_kolonner, [.. raekker.Split(';').Select(r => r.Split('|'))]);

    private static string Svar(Dubletkontrol kontrol, Feltkilde kilde)
    {
        var svar = new StringBuilder();
        while (kilde.Read(out _))
        {
            svar.Append(kontrol.ErDublet(kilde) ? 'd' : '.');
        }

        return svar.ToString();
    }
}
