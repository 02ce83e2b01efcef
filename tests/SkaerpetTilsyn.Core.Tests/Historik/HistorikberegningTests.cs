using System.Globalization;
using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tests.Forklaring;
using SkaerpetTilsyn.Core.Tests.Regler;

namespace SkaerpetTilsyn.Core.Tests.Historik;

public sealed class HistorikberegningTests
{
    private const int Fra = 2021;
    private const int Til = 2023;

    private static readonly List<Persondata> s_personer = Tilfaeldigepersoner.Lav(600, 7);

    // Every kommune misses the resultatmål every year, so a fokusmål decides; 147 meets it.
    private static readonly List<Benchmarkraekke> s_benchmark =
    [
        .. Enumerable.Range(Fra, Til - Fra + 1).SelectMany(y => Tilfaeldigepersoner.Kommuner.Select(k =>
            k == 147 ? new Benchmarkraekke(y, k, 10m, 15m, "10", "15") : new Benchmarkraekke(y, k, 20m, 15m, "20", "15"))),
    ];

    public static TheoryData<string> Planer => new() { "std std std", "2019 kun-fm2 std", "kun-barsel std dage-30" };

    [Theory]
    [MemberData(nameof(Planer))]
    public void Afslut_Plan_EachYearIsTheOpgoerelseOfThatYearFromTheStatusAfterTheYearBefore(string plan)
    {
        // SPEC §10: Y1 from the status read, each later year from the status after of the year before; each year its own rule set and meddelelse.
        var regelplan = Plan(plan, new LocalDate(2023, 4, 20));
        var status = new List<Kommunestatus> { new(153, Tilsynsstatus.Skaerpet, 2020, 60m, 30m) };
        var historik = new Historikberegning(Fra, Til, regelplan).Beregn(s_personer, Grundlag(status, Slut())).A;

        IReadOnlyList<Kommunestatus>? foer = status;
        for (int y = Fra; y <= Til; y++)
        {
            var planaar = regelplan[y];
            var alene = new Aarsberegning(planaar.Regler, y, planaar.Meddelelse).Beregn(s_personer, Grundlag(foer, Slut()));
            var aaret = historik.Aar[y - Fra];
            aaret.Aar.Should().Be(y);
            aaret.Regler.Should().BeSameAs(planaar.Regler);
            aaret.Afgoerelser.Should().Equal(alene.Afgoerelser, $"{plan} {y}");
            aaret.Passivsager.Should().Equal(alene.Passivsager, $"{plan} {y}");
            aaret.Kommuner.Should().Equal(alene.Kommuner);
            foer = [.. alene.Afgoerelser.Select(a => a.StatusEfter)];
        }

        historik.Aar.SelectMany(a => a.Afgoerelser).Select(a => a.Type).Should().Contain([Afgoerelsestype.Udvalgt, Afgoerelsestype.IkkeOmfattet], "the path is not trivial");
        historik.Aar[1].Meddelelse().Should().Be(new LocalDate(2023, 4, 20));
    }

    [Fact]
    public void Afslut_UdvaelgelseFalse_IngenKommuneMedStatusIngenUdvaelges()
    {
        // SPEC §10: a year without selection leaves every kommune with status ingen ikke_omfattet; kommuner under tilsyn are decided as usual.
        var status = new List<Kommunestatus> { new(153, Tilsynsstatus.Skaerpet, 2020, 60m, 30m) };
        var med = new Historikberegning(Fra, Til, Plan("std std std")).Beregn(s_personer, Grundlag(status, Slut())).A;
        var uden = new Historikberegning(Fra, Til, Plan("std std std", udenUdvaelgelse: 2021)).Beregn(s_personer, Grundlag(status, Slut())).A;

        med.Aar[0].Afgoerelser.Should().Contain(a => a.Type == Afgoerelsestype.Udvalgt, "with selection the year selects someone");
        uden.Aar[0].Afgoerelser.Where(a => a.StatusFoer.Status == Tilsynsstatus.Ingen).Should().OnlyContain(a => a.Type == Afgoerelsestype.IkkeOmfattet);
        uden.Aar[0].Afgoerelser.Single(a => a.Kommune == 153).Should().Be(med.Aar[0].Afgoerelser.Single(a => a.Kommune == 153));
        uden.Aar[1].Afgoerelser.Should().Contain(a => a.Type == Afgoerelsestype.Udvalgt, "the next year selects again");
    }

    // SPEC §9.2: every year needs data to its 31 December, the run to the last year's.
    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2024-01-15", null)]
    [InlineData("2023-12-30", "Data slutter 2023-12-30; opgørelsen for 2023 kræver data til og med 2023-12-31.")]
    [InlineData("2021-12-31", "Data slutter 2021-12-31; opgørelsen for 2023 kræver data til og med 2023-12-31.")]
    [InlineData("-", "Inddata har ingen rækker med datoer; opgørelsen for 2023 kræver data til og med 2023-12-31.")]
    public void Afslut_DataEnd_RefusedBeforeTheLastDecember(string slut, string? fejl)
    {
        var beregning = new Historikberegning(Fra, Til, Plan("std std std"));
        var handling = () => beregning.Beregn(s_personer, Grundlag(null, slut == "-" ? null : LocalDate.FromDateTime(DateTime.Parse(slut, CultureInfo.InvariantCulture))));
        if (fejl is null)
        {
            handling.Should().NotThrow();
        }
        else
        {
            handling.Should().Throw<DatagrundlagException>().Which.Message.Should().Be(fejl);
        }
    }

    [Fact]
    public void Afslut_DataEndWithTilladUfuldstaendigeData_WarnsAndGoesOn()
    {
        // The shared rule of SPEC §9.2: --tillad-ufuldstaendige-data turns the error into a warning for historik too.
        var grundlag = Grundlag(null, new LocalDate(2023, 12, 30)) with { TilladUfuldstaendigeData = true };

        new Historikberegning(Fra, Til, Plan("std std std")).Beregn(s_personer, grundlag).A.Aar.Should().HaveCount(3);

        grundlag.Advarsler.Should().Contain(
            "Data slutter 2023-12-30; opgørelsen for 2023 kræver data til og med 2023-12-31, men kørslen fortsatte med --tillad-ufuldstaendige-data.");
    }

    [Fact]
    public void Ny_PlanWithoutAYear_Refused()
    {
        var plan = new Regelplan("hul", [KeyValuePair.Create(2021, Planaar.Standard(Regelsaet.Bek301_2023, 2021)), KeyValuePair.Create(2023, Planaar.Standard(Regelsaet.Bek301_2023, 2023))]);
        var handling = () => new Historikberegning(Fra, Til, plan);
        handling.Should().Throw<ArgumentException>().WithMessage("Regelplanen 'hul' har intet regelsæt for 2022.*");
        var mod = () => new Historikberegning(Fra, Til, Plan("std std std"), plan);
        mod.Should().Throw<ArgumentException>().WithMessage("Regelplanen 'hul' har intet regelsæt for 2022.*");
    }

    [Fact]
    public void Afslut_Mod_DiffRowsPerKommuneAndYearAndTheFirstYearAPathDiffers()
    {
        // SPEC §10 --mod: one row per kommune reported under A or B and year, sorted; aendret when the decisions differ.
        var resultat = new Historikberegning(Fra, Til, Plan("std std std"), Plan("graenser-99 std std")).Beregn(s_personer, Grundlag(null, Slut()));
        var b = resultat.B!;
        var diff = resultat.Diff;

        diff.Select(r => (r.Kommune, r.Aar)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        diff.Should().HaveCount(resultat.A.Aar.Zip(b.Aar).Sum(p => p.First.Kommuner.Union(p.Second.Kommuner).Count()));
        foreach (var r in diff)
        {
            r.A.Should().Be(resultat.A.Aar[r.Aar - Fra].Afgoerelser.SingleOrDefault(a => a.Kommune == r.Kommune));
            r.B.Should().Be(b.Aar[r.Aar - Fra].Afgoerelser.SingleOrDefault(a => a.Kommune == r.Kommune));
            r.Aendret.Should().Be(r.A?.Type != r.B?.Type);
        }

        var afvigelser = resultat.Afvigelser;
        afvigelser.Should().NotBeEmpty("under B nobody fails a fokusmål in 2021");
        afvigelser.Select(a => a.Kommune).Should().Equal(diff.Where(r => r.Aendret).Select(r => r.Kommune).Distinct());
        afvigelser.Should().OnlyContain(a => a.FoersteAar == diff.Where(r => r.Kommune == a.Kommune && r.Aendret).Min(r => r.Aar));
        new Historikberegning(Fra, Til, Plan("std std std"), Plan("std std std")).Beregn(s_personer, Grundlag(null, Slut())).Afvigelser.Should().BeEmpty();
    }

    [Fact]
    public void Raekker_SortedByKommuneThenYear_WithTheYearsRuleSetName()
    {
        var historik = new Historikberegning(Fra, Til, Plan("2019 kun-fm2 std")).Beregn(s_personer, Grundlag(null, Slut())).A;
        var raekker = historik.Raekker;
        raekker.Select(r => (r.Afgoerelse.Kommune, r.Aar)).Should().BeInAscendingOrder();
        raekker.Should().HaveCount(historik.Aar.Sum(a => a.Afgoerelser.Count));
        raekker.Select(r => $"{r.Aar} {r.Regelsaet}").Distinct().Order().Should().Equal("2021 bek-2019", "2022 kun-fm2", "2023 bek-301-2023");
    }

    private static Regelplan Plan(string tekst, LocalDate? meddelelse2022 = null, int? udenUdvaelgelse = null)
    {
        var regler = tekst.Split(' ').Select(Regelvarianter.Hent).ToArray();
        return new Regelplan(tekst, regler.Select((r, i) =>
        {
            int y = Fra + i;
            var p = Planaar.Standard(r, y);
            p = y == 2022 && meddelelse2022 is { } n ? p with { Meddelelse = n } : p;
            return KeyValuePair.Create(y, y == udenUdvaelgelse ? p with { Udvaelgelse = false } : p);
        }));
    }

    private static LocalDate Slut() => Dataperiode.Af(s_personer).Slut!.Value;

    private static Beregningsgrundlag Grundlag(IReadOnlyList<Kommunestatus>? status, LocalDate? slut)
    {
        var periode = new Dataperiode();
        if (slut is { } s)
        {
            var p = new Persondata();
            p.Nulstil("slut");
            p.Samtaler.Add(new Samtale(s, SamtaleType.Jobsamtale, SamtaleForm.Personligt));
            periode.Se(p);
        }

        return new Beregningsgrundlag(s_benchmark, status, periode);
    }
}

internal static class OpgoerelsesresultatUdvidelser
{
    /// <summary>The meddelelse the year's decisions were given, from the first decision that has one.</summary>
    public static LocalDate? Meddelelse(this Opgoerelsesresultat r) => r.Afgoerelser.FirstOrDefault(a => a.Meddelelse is not null)?.Meddelelse;
}
