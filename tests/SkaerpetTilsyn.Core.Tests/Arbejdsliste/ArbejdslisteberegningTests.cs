using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tests.TestData;
using static SkaerpetTilsyn.Core.Tests.TestData.PersonBygger;

namespace SkaerpetTilsyn.Core.Tests.Arbejdsliste;

public sealed class ArbejdslisteberegningTests
{
    /// <summary>Horizon April–June 2024, C = 2024-03-31; the windows start 2023-05-02, 2023-06-02 and 2023-07-02.</summary>
    private static List<Persondata> Personer() =>
    [
        // The tilbud leaves the window in May; the tilbud and samtale after C are not known; the oldest samtale leaves in June.
        new PersonBygger("p2").Ydelse("2022-01-01", null, Ydelse.Kontanthjaelp)
            .Tilbud("2023-05-01", "2023-05-20").Timer("2023-12-01", "2023-12-31", 37.5m)
            .Samtale("2023-06-10").Samtale("2023-09-10").Samtale("2023-12-10").Samtale("2024-03-10")
            .Tilbud("2024-04-15", "2024-05-15").Samtale("2024-04-20").Byg(),

        // Reaches its 365 counted days in May.
        new PersonBygger("p10").Ydelse("2023-06-01", null, Ydelse.Kontanthjaelp).Byg(),

        // The sho ends on C and goes on: without it the person would be in no målgruppe.
        new PersonBygger("p3").Ydelse("2023-01-15", "2024-03-31", Ydelse.Sho, 147).Byg(),

        // Open tilbud and monthly samtaler: measured, never listed.
        new PersonBygger("p4").Ydelse("2022-01-01", null, Ydelse.Kontanthjaelp).Tilbud("2024-01-01", null).MaanedligeSamtaler("2023-04", "2024-03").Byg(),

        // No benefit on C: nothing continues.
        new PersonBygger("p5").Ydelse("2022-01-01", "2024-03-15", Ydelse.Kontanthjaelp).Byg(),
    ];

    private static Arbejdslisteresultat Beregn(List<Persondata> personer, string fra, int horisont, int[]? kommuner = null) =>
        new Arbejdslisteberegning(Regelsaet.Bek301_2023, M(fra), horisont, kommuner)
            .Beregn(personer, new Beregningsgrundlag([], null, Dataperiode.Af(personer)));

    [Fact]
    public void Raekker_FoersteMaanedOgDetDerMangler_SorteretEfterKommuneMaanedOgPersonId()
    {
        var r = Beregn(Personer(), "2024-04", 3);

        r.KendtTil.Should().Be(D("2024-03-31"));
        r.Raekker.Should().Equal(
            new Arbejdslisteraekke(101, "p10", Ydelse.Kontanthjaelp, D("2023-06-01"), M("2024-05"), 100m, M("2024-05"), 4),
            new Arbejdslisteraekke(101, "p2", Ydelse.Kontanthjaelp, D("2022-01-01"), M("2024-05"), 62.5m, M("2024-06"), 1),
            new Arbejdslisteraekke(147, "p3", Ydelse.Sho, D("2023-01-15"), M("2024-04"), 100m, M("2024-04"), 4));
    }

    // kommune, month: maalgruppe, uden_indsats, faa_samtaler, worked out by hand from the windows above.
    public static TheoryData<int, string, int, int, int> Prognosen => new()
    {
        { 101, "2024-04", 2, 0, 0 },
        { 101, "2024-05", 3, 2, 1 },
        { 101, "2024-06", 3, 2, 2 },
        { 147, "2024-04", 1, 1, 1 },
        { 147, "2024-05", 1, 1, 1 },
        { 147, "2024-06", 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Prognosen))]
    public void Prognose_KommuneOgMaaned_TaellerSomHvisIntetNytSker(int kommune, string maaned, int maalgruppe, int udenIndsats, int faaSamtaler)
    {
        var r = Beregn(Personer(), "2024-04", 3);

        r.Prognose.Select(p => (p.Kommune, p.Maaned)).Should().Equal(
            (101, M("2024-04")), (101, M("2024-05")), (101, M("2024-06")), (147, M("2024-04")), (147, M("2024-05")), (147, M("2024-06")));
        var t = r.Prognose.Single(p => p.Kommune == kommune && p.Maaned == M(maaned)).Taelling;
        (t.Maalgruppe, t.UdenIndsats, t.FaaSamtaler).Should().Be((maalgruppe, udenIndsats, faaSamtaler));
    }

    [Fact]
    public void Kommune_BegraenserUddata_IkkeMaalingen()
    {
        var alle = Beregn(Personer(), "2024-04", 3);
        var r = Beregn(Personer(), "2024-04", 3, [851, 147]);

        r.Kommuner.Should().Equal(147, 851);
        r.Raekker.Should().Equal(alle.Raekker.Where(x => x.Kommune == 147));
        r.Prognose.Where(p => p.Kommune == 147).Should().Equal(alle.Prognose.Where(p => p.Kommune == 147));

        // A kommune asked for gets its rows even without a målgruppe.
        r.Prognose.Where(p => p.Kommune == 851).Select(p => p.Taelling).Should().Equal(new Taelling(), new Taelling(), new Taelling());
    }

    [Theory]
    [InlineData("2024-01", 1)]
    [InlineData("2024-01", 12)]
    [InlineData("2024-07", 6)]
    public void Prognose_IngenRaekkerEfterC_LigOpgoerelsensEgenMaaling(string fra, int horisont)
    {
        // Every row ends by 2023-12-31, ydelser are open or end before C: what is known on C is all there is.
        var personer = SkaerpetTilsyn.Core.Tests.Personer.Blandet(300, 7);
        for (int i = 0; i < 40; i++)
        {
            personer.Add(new PersonBygger($"Q{i}").Ydelse("2021-01-01", i % 2 == 0 ? "2023-06-30" : null, i % 3 == 0 ? Ydelse.Sho : Ydelse.Dagpenge, 101 + (i % 3)).Byg());
        }

        // The data reach C (SPEC §9.2) through a samtale on it, of a person without benefit.
        personer.Add(new PersonBygger("Z").Samtale(NodaTime.Text.LocalDatePattern.Iso.Format(SidsteDag(M(fra).PlusMonths(-1)))).Byg());
        var r = Beregn(personer, fra, horisont);
        var maaler = new Maaler(Regelsaet.Bek301_2023, M(fra), M(fra).PlusMonths(horisont - 1), null);
        foreach (var p in personer)
        {
            maaler.MaalPerson(p);
        }

        r.Prognose.Should().NotBeEmpty();
        foreach (var p in r.Prognose)
        {
            p.Taelling.Should().Be(maaler.Taellere.HentAlle(p.Kommune, maaler.Taellere.Indeks(p.Maaned)), $"{p.Kommune} {p.Maaned}");
        }

        r.Prognose.Select(p => p.Kommune).Distinct().Should().BeEquivalentTo(
            Enumerable.Range(0, 1000).Where(k => Enumerable.Range(0, horisont).Any(i => maaler.Taellere.HentAlle(k, i).Maalgruppe > 0)));
    }

    public static TheoryData<string, string?> Dataslut => new()
    {
        { "2024-03-31", null },
        { "2024-03-30", "Data slutter 2024-03-30; --fra 2024-04 kræver data til og med 2024-03-31." },
    };

    [Theory]
    [MemberData(nameof(Dataslut))]
    public void Afslut_DataSlutterFoerC_Afvises(string slut, string? fejl)
    {
        List<Persondata> personer = [new PersonBygger("a").Ydelse("2022-01-01", slut, Ydelse.Kontanthjaelp).Byg()];

        var beregn = () => Beregn(personer, "2024-04", 3);

        if (fejl is null)
        {
            beregn.Should().NotThrow();
        }
        else
        {
            beregn.Should().Throw<DatagrundlagException>().WithMessage(fejl);
        }
    }

    [Fact]
    public void Afslut_IngenDatoer_Afvises()
    {
        var beregn = () => Beregn([], "2024-04", 3);

        beregn.Should().Throw<DatagrundlagException>().WithMessage("Inddata har ingen rækker med datoer; --fra 2024-04 kræver data til og med 2024-03-31.");
    }
}
