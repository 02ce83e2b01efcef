using System.Globalization;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.Cli.Tests;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Tests;

/// <summary>The library's entries (SPEC §13.4) on the demo: each result table as a DataFrame equal to the CSV the same call publishes.</summary>
public class SkaerpetTests
{
    private static readonly string s_demo = Repo.Demo;

    public static TheoryData<string, string[]> Kommandoer => new()
    {
        { "opgoerelse", ["fokusmaal_maaned", "afgoerelser", "status", "passivsager", "afviste"] },
        { "monitor", ["monitor", "plan", "afviste"] },
        { "diff", ["diff", "diff_maaned", "afviste"] },
        { "valider", ["afviste"] },
        { "arbejdsliste", ["arbejdsliste", "prognose", "afviste"] },
    };

    [Theory]
    [MemberData(nameof(Kommandoer))]
    public void Kommando_MedUd_HverDataFrameErSinCsv(string kommando, string[] tabeller)
    {
        string ud = Path.Combine(Repo.NyMappe(), "ud");

        var koersel = Koer(kommando, ud, pseudonymer: null);

        Directory.GetFiles(ud, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)).Should().BeEquivalentTo(tabeller, "every CSV the call writes is a table");
        koersel.Keys.Should().Equal(tabeller, "in the order written");
        koersel.Count.Should().Be(tabeller.Length);
        foreach (var (navn, df) in koersel)
        {
            DataframeSomCsv.Sammenlign(df, Path.Combine(ud, navn + ".csv"));
        }
    }

    [Theory]
    [MemberData(nameof(Kommandoer))]
    public void Kommando_UdenUd_SammeTabellerOgIngenFiler(string kommando, string[] tabeller)
    {
        string ud = Path.Combine(Repo.NyMappe(), "ud");
        Koer(kommando, ud, pseudonymer: null);

        var koersel = Koer(kommando, null, pseudonymer: null);

        koersel.Keys.Should().Equal(tabeller);
        foreach (var (navn, df) in koersel)
        {
            DataframeSomCsv.Sammenlign(df, Path.Combine(ud, navn + ".csv"));
        }
    }

    [Fact]
    public void Opgoerelse_Pseudonymiseret_TabellerneSomDeUdgivne()
    {
        string ud = Path.Combine(Repo.NyMappe(), "ud");
        var noegle = new Pseudonymiserer(Encoding.UTF8.GetBytes("en hemmelig nøgle"));

        var tabeller = Koer("opgoerelse", ud, noegle);

        var personer = tabeller["passivsager"]["person_id"];
        personer.Length.Should().BeGreaterThan(0);
        personer.Cast<string>().Should().OnlyContain(p => p.StartsWith("p_", StringComparison.Ordinal));
        DataframeSomCsv.Sammenlign(tabeller["passivsager"], Path.Combine(ud, "passivsager.csv"));
        DataframeSomCsv.Sammenlign(tabeller["afviste"], Path.Combine(ud, "afviste.csv"));
    }

    [Fact]
    public void Arbejdsliste_Pseudonymiseret_TabellerneSomDeUdgivne()
    {
        string ud = Path.Combine(Repo.NyMappe(), "ud");
        var noegle = new Pseudonymiserer(Encoding.UTF8.GetBytes("en hemmelig nøgle"));

        var tabeller = Koer("arbejdsliste", ud, noegle);

        var personer = tabeller["arbejdsliste"]["person_id"];
        personer.Length.Should().BeGreaterThan(0);
        personer.Cast<string>().Should().OnlyContain(p => p.StartsWith("p_", StringComparison.Ordinal));
        DataframeSomCsv.Sammenlign(tabeller["arbejdsliste"], Path.Combine(ud, "arbejdsliste.csv"));
    }

    [Fact]
    public void Opgoerelse_Parquet_TabellerneSomICsv()
    {
        string csv = Path.Combine(Repo.NyMappe(), "ud");
        Koer("opgoerelse", csv, pseudonymer: null);

        var koersel = Skaerpet.Opgoerelse(new Opgoerelsesvalg { Data = s_demo, Aar = 2023, Ud = new(Path.Combine(Repo.NyMappe(), "ud")) { Format = Uddataformat.Parquet } });

        foreach (var (navn, df) in koersel.Tabeller)
        {
            DataframeSomCsv.Sammenlign(df, Path.Combine(csv, navn + ".csv"));
        }
    }

    [Fact]
    public void Opgoerelse_ResultatOgRapport_SomIKoerslen()
    {
        var koersel = Skaerpet.Opgoerelse(new Opgoerelsesvalg { Data = s_demo, Aar = 2023 });
        var (resultat, rapport) = koersel;

        resultat.Should().BeSameAs(koersel.Resultat);
        rapport.Should().BeSameAs(koersel.Rapport);
        resultat.Aar.Should().Be(2023);
        resultat.Afgoerelser.Select(a => a.Kommune).Should().Equal(koersel.Tabeller["afgoerelser"]["kommune"].Cast<int?>().Select(k => k!.Value));
        rapport.Afviste.Should().HaveCount((int)koersel.Tabeller["afviste"].Rows.Count);
    }

    [Fact]
    public void Tabeller_UkendtNavn_FejlNaevnerDeKendte()
    {
        var tabeller = Skaerpet.Valider(new Valideringsvalg { Data = s_demo }).Tabeller;

        tabeller.ContainsKey("afgoerelser").Should().BeFalse();
        tabeller.TryGetValue("afgoerelser", out _).Should().BeFalse();
        var handling = () => tabeller["afgoerelser"];
        handling.Should().Throw<KeyNotFoundException>().WithMessage("Kørslen har ingen tabel 'afgoerelser'; den har afviste.");
    }

    [Fact]
    public void Tabeller_SammeNavnToGange_SammeDataFrame()
    {
        var tabeller = Skaerpet.Valider(new Valideringsvalg { Data = s_demo }).Tabeller;

        tabeller["afviste"].Should().BeSameAs(tabeller["afviste"]);
    }

    [Fact]
    public void VedPerson_HverPersonEnGang()
    {
        string data = Repo.NyMappe();
        File.WriteAllText(Path.Combine(data, "ydelser.csv"), "person_id,kommune,ydelse,fra,til\nA,101,dagpenge,2023-01-01,\nB,101,dagpenge,2023-01-01,\nC,147,sho,2023-02-01,2023-03-01\n");
        File.WriteAllText(Path.Combine(data, "samtaler.csv"), "person_id,dato,type,form\nA,2023-01-05,jobsamtale,personligt\nD,2023-01-05,jobsamtale,telefon\n");
        File.WriteAllText(Path.Combine(data, "tilbud.csv"), "person_id,fra,til,type\n");
        int antal = 0;

        Skaerpet.Valider(new Valideringsvalg { Data = data, VedPerson = () => Interlocked.Increment(ref antal) });

        antal.Should().Be(4, "A, B and C in ydelser and D only in samtaler");
    }

    [Fact]
    public void Forklar_Person_SomForklarer_UdenTabeller()
    {
        var koersel = Skaerpet.Forklar(new Forklaringsvalg { Data = s_demo, Person = "P0000001", Maaned = new YearMonth(2023, 6), Regler = Regelsaet.Bek2019 });

        var f = koersel.Resultat.Should().NotBeNull().And.Subject.As<Core.Forklaring.Forklaring>();
        f.PersonId.Should().Be("P0000001");
        f.Maaned.Should().Be(new YearMonth(2023, 6));
        f.Regelsaet.Should().Be("bek-2019");
        koersel.Tabeller.Should().BeEmpty();
    }

    [Fact]
    public void Forklar_UkendtPerson_Null()
    {
        var koersel = Skaerpet.Forklar(new Forklaringsvalg { Data = s_demo, Person = "findes-ikke", Maaned = new YearMonth(2023, 6) });

        koersel.Resultat.Should().BeNull();
        koersel.Rapport.Filer.Should().NotBeEmpty();
    }

    /// <summary>The README's notebook example, as written there.</summary>
    [Fact]
    public void Readme_Eksempel_Virker()
    {
        var koersel = Skaerpet.Opgoerelse(new Opgoerelsesvalg { Data = s_demo, Aar = 2023 });
        var afgoerelser = koersel.Tabeller["afgoerelser"];
        var udvalgte = afgoerelser.Filter(afgoerelser["afgoerelse"].ElementwiseEquals("udvalgt"));

        udvalgte.Rows.Count.Should().Be(1);
        udvalgte["navn"][0].Should().Be("Ballerup");
        koersel.Tabeller["fokusmaal_maaned"]["andel_uden_indsats"].Should().BeOfType<Microsoft.Data.Analysis.DecimalDataFrameColumn>();
        string.Create(CultureInfo.InvariantCulture, $"{udvalgte["fm1"][0]}").Should().MatchRegex(@"^\d+\.\d\d$");
    }

    private static Resultattabeller Koer(string kommando, string? ud, Pseudonymiserer? pseudonymer)
    {
        Udgivelsesvalg? udgivelse = ud is null ? null : new(ud) { Pseudonymer = pseudonymer };
        return kommando switch
        {
            "opgoerelse" => Skaerpet.Opgoerelse(new Opgoerelsesvalg { Data = s_demo, Aar = 2023, Ud = udgivelse }).Tabeller,
            "monitor" => Skaerpet.Monitor(new Monitorvalg { Data = s_demo, Til = new YearMonth(2024, 6), Ud = udgivelse }).Tabeller,
            "diff" => Skaerpet.Diff(new Diffvalg { Data = s_demo, Aar = 2023, Regler = Regelsaet.Bek2019, Mod = Regelsaet.Bek301_2023, Ud = udgivelse }).Tabeller,
            "valider" => Skaerpet.Valider(new Valideringsvalg { Data = s_demo, Ud = ud, Pseudonymer = pseudonymer }).Tabeller,
            "arbejdsliste" => Skaerpet.Arbejdsliste(new Arbejdslistevalg { Data = s_demo, Fra = new YearMonth(2024, 4), Ud = udgivelse }).Tabeller,
            _ => throw new ArgumentOutOfRangeException(nameof(kommando), kommando, null),
        };
    }
}
