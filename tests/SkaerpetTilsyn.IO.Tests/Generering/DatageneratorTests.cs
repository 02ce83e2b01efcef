using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Generering;

namespace SkaerpetTilsyn.IO.Tests.Generering;

public sealed class DatageneratorTests(StortDatasaet stort) : IClassFixture<StortDatasaet>
{
    private static readonly DateOnly s_p91UdelukketFra = new(2023, 3, 22);

    private readonly Datasaet _data = stort.Data;

    [Fact]
    public void Generer_SammeSeed_ByteIdentiskeFiler()
    {
        var valg = new GeneratorValg { Personer = 2_000, Seed = 7, BadRows = 20 };
        using var a = new Datasaet(valg);
        using var b = new Datasaet(valg);

        foreach (string fil in Raekkekontrol.Filer)
        {
            a.Bytes(fil).Should().Equal(b.Bytes(fil), fil);
        }
    }

    [Fact]
    public void Generer_AndenSeed_AndreFiler()
    {
        using var a = new Datasaet(new GeneratorValg { Personer = 2_000, Seed = 7 });
        using var b = new Datasaet(new GeneratorValg { Personer = 2_000, Seed = 8 });

        a.Bytes("ydelser.csv").Should().NotEqual(b.Bytes("ydelser.csv"));
        a.Bytes("benchmark.csv").Should().NotEqual(b.Bytes("benchmark.csv"));
    }

    public static TheoryData<string, string> Overskrifter => new()
    {
        { "ydelser.csv", "person_id,kommune,ydelse,fra,til" },
        { "samtaler.csv", "person_id,dato,type,form" },
        { "tilbud.csv", "person_id,fra,til,type" },
        { "timer.csv", "person_id,fra,til,timer" },
        { "fritagelser.csv", "person_id,fra,til,aarsag" },
        { "benchmark.csv", "aar,kommune,faktisk,forventet" },
        { "status.csv", "kommune,status,udvalgt_aar,basis_fm1,basis_fm2" },
    };

    [Theory]
    [MemberData(nameof(Overskrifter))]
    public void Generer_Fil_OverskriftSomSpecUdenBomOgCr(string fil, string overskrift)
    {
        byte[] bytes = _data.Bytes(fil);

        _data.Linjer(fil)[0].Should().Be(overskrift);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
    }

    [Fact]
    public void Generer_UdenBadRows_AlleRaekkerGyldige()
    {
        foreach (string fil in Raekkekontrol.Filer)
        {
            _data.Raekker(fil).Where(r => !Raekkekontrol.ErGyldig(fil, r)).Should().BeEmpty(fil);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(60)]
    public void Generer_BadRows_PraeciesSaaMangeUgyldigeRaekker(int antal)
    {
        using var data = new Datasaet(new GeneratorValg { Personer = 1_000, Seed = 3, BadRows = antal });

        var ugyldige = Raekkekontrol.Filer
            .SelectMany(fil => data.Raekker(fil).Where(r => !Raekkekontrol.ErGyldig(fil, r)).Select(r => (fil, r)))
            .ToList();

        ugyldige.Should().HaveCount(antal);
        ugyldige.Should().OnlyHaveUniqueItems();
        if (antal >= 7)
        {
            ugyldige.Select(u => u.fil).Distinct().Should().HaveCount(5);
            ugyldige.Should().Contain(u => u.r.Contains(",411,"));
        }
    }

    [Fact]
    public void Generer_Raekker_SorteretEfterPersonOgDato()
    {
        foreach (string fil in Raekkekontrol.Filer.SkipLast(1))
        {
            string forrigePerson = "";
            string forrigeDato = "";
            foreach (string raekke in _data.Raekker(fil))
            {
                string[] f = raekke.Split(',');
                string dato = fil == "ydelser.csv" ? f[3] : f[1];
                string.CompareOrdinal(f[0], forrigePerson).Should().BeGreaterThanOrEqualTo(0, fil);
                if (f[0] == forrigePerson)
                {
                    string.CompareOrdinal(dato, forrigeDato).Should().BeGreaterThanOrEqualTo(0, $"{fil}: {raekke}");
                }

                (forrigePerson, forrigeDato) = (f[0], dato);
            }
        }
    }

    [Fact]
    public void Generer_Personer_FordeltEfterIndbyggertal()
    {
        var hjemkommune = _data.Raekker("ydelser.csv")
            .Select(r => r.Split(','))
            .GroupBy(f => f[0])
            .Select(g => g.First()[1])
            .ToList();

        hjemkommune.Should().HaveCount(20_000, "every person has at least one ydelser row");
        int koebenhavn = hjemkommune.Count(k => k == "101");
        koebenhavn.Should().BeInRange(1_600, 2_800, "København is about 11 % of the population");
        koebenhavn.Should().BeGreaterThan(hjemkommune.Count(k => k == "751"));
        hjemkommune.Count(k => k == "825").Should().BeLessThan(koebenhavn / 50);
        hjemkommune.Distinct().Should().HaveCount(98);
    }

    [Fact]
    public void Generer_Koder_AlleYdelserOgTilbudstyperForekommer()
    {
        var ydelser = _data.Raekker("ydelser.csv").Select(r => r.Split(',')[2]).ToHashSet();
        var tilbud = _data.Raekker("tilbud.csv").Select(r => r.Split(',')[3]).ToHashSet();
        var aarsager = _data.Raekker("fritagelser.csv").Select(r => r.Split(',')[3]).ToHashSet();
        var samtaler = _data.Raekker("samtaler.csv").Select(r => r.Split(',')).ToList();

        ydelser.Should().BeEquivalentTo(Koder.AlleYdelser.Select(Koder.Kode));
        tilbud.Should().BeEquivalentTo(Enum.GetValues<TilbudType>().Select(Koder.Kode));
        aarsager.Should().BeEquivalentTo(Enum.GetValues<FritagelseAarsag>().Select(Koder.Kode));
        samtaler.Select(f => f[2]).Distinct().Should().HaveCount(2);
        samtaler.Select(f => f[3]).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void Generer_Paragraf91_TilbudFoerOgEfterUdelukkelsen()
    {
        var p91 = _data.Raekker("tilbud.csv")
            .Select(r => r.Split(','))
            .Where(f => f[3] == Koder.Kode(TilbudType.OevrigVejledning))
            .Select(f => DateOnly.ParseExact(f[1], "yyyy-MM-dd"))
            .ToList();

        p91.Should().Contain(d => d < s_p91UdelukketFra);
        p91.Should().Contain(d => d >= s_p91UdelukketFra);
    }

    [Fact]
    public void Generer_Ydelser_AabneOgOverlappendeRaekkerForekommer()
    {
        var raekker = _data.Raekker("ydelser.csv").Select(r => r.Split(',')).ToList();

        raekker.Should().Contain(f => f[4].Length == 0);
        raekker.Zip(raekker.Skip(1)).Should().Contain(p => p.First[0] == p.Second[0]
            && p.First[4].Length > 0 && string.CompareOrdinal(p.Second[3], p.First[4]) <= 0);
        _data.Raekker("timer.csv").Should().Contain(r => r.Contains('.'));
    }

    [Fact]
    public void Generer_Benchmark_HvertAarOgKommuneOgCirkaEnTredjedelOverForventet()
    {
        var raekker = _data.Raekker("benchmark.csv").Select(r => r.Split(',')).ToList();
        int over = raekker.Count(f => decimal.Parse(f[2]) > decimal.Parse(f[3]));

        raekker.Should().HaveCount(6 * 98);
        raekker.Select(f => (f[0], f[1])).Should().OnlyHaveUniqueItems();
        over.Should().BeInRange(raekker.Count / 5, raekker.Count / 2);
    }

    [Fact]
    public void Generer_Status_SvageKommunerUnderTilsynOgHoejstEnAnden()
    {
        var raekker = _data.Raekker("status.csv").Select(r => r.Split(',')).ToList();
        var svage = _data.Generator.Indsatsniveauer.Where(n => n.Value.IndsatsPrAar < 0.7 || n.Value.SamtalerPrAar < 5).Select(n => n.Key).ToHashSet();
        var statusser = raekker.Select(f => f[1]).ToList();

        raekker.Select(f => int.Parse(f[0])).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        raekker.Count(f => !svage.Contains(int.Parse(f[0]))).Should().BeLessThanOrEqualTo(1);
        raekker.Count(f => svage.Contains(int.Parse(f[0]))).Should().Be(svage.Count);
        statusser.Should().OnlyContain(s => s == "skaerpet" || s == "forlaenget" || s == "administration");
        statusser.Should().Contain(["skaerpet", "forlaenget", "administration"]);
        raekker.Should().OnlyContain(f => int.Parse(f[2]) >= 2021 && int.Parse(f[2]) <= 2023 && f[3].Length > 0 && f[4].Length > 0);
    }

    [Fact]
    public void Indsatsniveauer_UdenOverstyring_FaaSvageKommuner()
    {
        int svage = _data.Generator.Indsatsniveauer.Values.Count(n => n.IndsatsPrAar < 0.7 || n.SamtalerPrAar < 5);

        svage.Should().BeInRange(3, 25);
    }

    [Fact]
    public void Indsatsniveauer_Overstyret_BrugesForKommunen()
    {
        var valg = new GeneratorValg
        {
            Personer = 10,
            Kommuner = [101, 825],
            Indsats = new Dictionary<int, Indsatsniveau> { [825] = Indsatsniveau.Svag },
        };

        new Datagenerator(valg).Indsatsniveauer[825].Should().Be(Indsatsniveau.Svag);
    }

    public static TheoryData<GeneratorValg, string> UgyldigeValg => new()
    {
        { new GeneratorValg { Kommuner = [411] }, "Kommune 411 is not one of the 98 kommuner. (Parameter 'valg')" },
        { new GeneratorValg { Kommuner = [101, 101] }, "Kommune 101 is listed twice. (Parameter 'valg')" },
        { new GeneratorValg { FraAar = 2024, TilAar = 2023 }, "TilAar (2023) is before FraAar (2024). (Parameter 'valg')" },
        {
            new GeneratorValg { Kommuner = [101], Indsats = new Dictionary<int, Indsatsniveau> { [147] = Indsatsniveau.Svag } },
            "Indsats is given for kommune 147, which is not among the kommuner used. (Parameter 'valg')"
        },
        { new GeneratorValg { Uorden = new HashSet<string> { "benchmark" } }, "Uorden names 'benchmark', which is not a person file. (Parameter 'valg')" },
        { new GeneratorValg { SeneRaekker = -0.1m }, "SeneRaekker ('-0.1') must be a non-negative value. (Parameter 'SeneRaekker')*" },
        { new GeneratorValg { SeneRaekker = 100.1m }, "SeneRaekker ('100.1') must be less than or equal to '100'. (Parameter 'SeneRaekker')*" },
    };

    // The order options move rows, never change them: each file holds the same lines as the sorted set, in the order asked for.
    public static TheoryData<string, decimal> Omordninger => new()
    {
        { "tilbud", 0m },
        { "samtaler,timer", 0.1m },
        { "", 2.5m },
        { "", 100m },
        { "ydelser,samtaler,tilbud,timer,fritagelser", 5m },
    };

    [Theory]
    [MemberData(nameof(Omordninger))]
    public void Generer_UordenOgSeneRaekker_SammeLinjerIDenBedteRaekkefoelge(string uorden, decimal sene)
    {
        var grund = new GeneratorValg { Personer = 2_000, Seed = 3 };
        var filer = uorden.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        using var sorteret = new Datasaet(grund);
        using var omordnet = new Datasaet(grund with { Uorden = filer, SeneRaekker = sene });
        using var igen = new Datasaet(grund with { Uorden = filer, SeneRaekker = sene });

        foreach (string navn in Datagenerator.Personfiler)
        {
            string fil = navn + ".csv";
            var foer = sorteret.Raekker(fil).ToList();
            var efter = omordnet.Raekker(fil).ToList();
            omordnet.Bytes(fil).Should().Equal(igen.Bytes(fil), "the same seed gives the same order");
            omordnet.Linjer(fil)[0].Should().Be(sorteret.Linjer(fil)[0], "the header stays first");
            efter.Order(StringComparer.Ordinal).Should().Equal(foer.Order(StringComparer.Ordinal), fil);
            if (filer.Contains(navn))
            {
                efter.Should().NotEqual(foer, $"{fil} is written in no order");
                efter.Take(foer.Count / 2).Should().NotEqual(foer.Take(foer.Count / 2), "the rows are spread over the whole file, not only at its end");
                continue;
            }

            long flyttet = (long)Math.Round(foer.Count * sene / 100, MidpointRounding.AwayFromZero);
            int forrest = foer.Count - (int)flyttet;
            efter.Take(forrest).Should().Equal(foer.Where(efter.Take(forrest).ToHashSet().Contains), $"{fil}: the rows left in place keep their order");
            efter.Skip(forrest).Should().Equal(foer.Where(efter.Skip(forrest).ToHashSet().Contains), $"{fil}: the rows moved to the end keep their order");
            if (flyttet > 0 && flyttet < foer.Count)
            {
                efter.Should().NotEqual(foer, $"{fil}: {flyttet} rows are moved to the end");
            }
        }
    }

    [Fact]
    public void Generer_UdmappeMedFiler_KunOverskrivAfEtDatasaetFraGenerer()
    {
        var valg = new GeneratorValg { Personer = 50, Seed = 2 };
        using var saet = new Datasaet(valg);
        var generator = new Datagenerator(valg);

        Action uden = () => generator.Generer(saet.Mappe, overskriv: false);
        uden.Should().Throw<InputFejlException>().WithMessage($"Udmappen '{saet.Mappe}' indeholder allerede et datasæt; *--overskriv*");

        generator.Generer(saet.Mappe, overskriv: true);
        File.WriteAllText(Path.Combine(saet.Mappe, "noter.txt"), "egne noter");
        Action fremmed = () => generator.Generer(saet.Mappe, overskriv: true);
        fremmed.Should().Throw<InputFejlException>().WithMessage($"Udmappen '{saet.Mappe}' indeholder 'noter.txt', som generer ikke skriver*");
        File.ReadAllText(Path.Combine(saet.Mappe, "noter.txt")).Should().Be("egne noter", "nothing is written when the folder is refused");

        string tom = Path.Combine(saet.Mappe, "tom");
        Directory.CreateDirectory(tom);
        generator.Generer(tom, overskriv: false);
        File.Exists(Path.Combine(tom, "ydelser.csv")).Should().BeTrue("an empty folder is written into without --overskriv");
    }

    [Theory]
    [MemberData(nameof(UgyldigeValg))]
    public void Datagenerator_UgyldigeValg_Afvises(GeneratorValg valg, string besked)
    {
        Action act = () => _ = new Datagenerator(valg);

        act.Should().Throw<ArgumentException>().WithMessage(besked);
    }
}
