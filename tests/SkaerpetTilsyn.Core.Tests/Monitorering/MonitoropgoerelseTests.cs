using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Tests.Monitorering;

public class MonitoropgoerelseTests
{
    private static readonly YearMonth s_juni = new(2024, 6);

    public static TheoryData<string> Regelsaet2023 => ["bek-301-2023", "udelukket-foraar", "samlet"];

    [Theory]
    [MemberData(nameof(Regelsaet2023))]
    public void Beregn_December_RullendeFigurLigAarsfiguren(string navn)
    {
        var regler = navn switch
        {
            "udelukket-foraar" => Regelsaet.Bek301_2023 with { UdelukkedeMaaneder = [new(2023, 3), new(2023, 4), new(2023, 5), new(2023, 6)] },
            "samlet" => Regelsaet.Bek301_2023 with { Gennemsnit = Gennemsnit.Samlet },
            _ => Regelsaet.Bek301_2023,
        };
        var personer = Personer.Blandet(60, seed: 7);
        var december = new YearMonth(2023, 12);
        var rullende = new Maaler(regler, Monitoropgoerelse.Maalemaaneder(december).Fra, december, null);
        var aarlig = new Maaler(regler, new YearMonth(2023, 1), december, december);
        foreach (var p in personer)
        {
            rullende.MaalPerson(p);
            aarlig.MaalPerson(p);
        }

        var resultat = Monitoropgoerelse.Beregn(rullende.Taellere, regler, december, [], null);

        foreach (int k in new[] { 101, 147 })
        {
            var r = resultat.Raekker.Single(x => x.Kommune == k && x.Maaned == december);
            r.Fm1.Should().NotBeNull();
            r.Fm1.Should().Be(Aarsfigur.Beregn(aarlig.Taellere, k, null, Fokusmaal.Fm1, Maaleperiode.Aar(2023), regler));
            r.Fm2.Should().Be(Aarsfigur.Beregn(aarlig.Taellere, k, null, Fokusmaal.Fm2, Maaleperiode.Aar(2023), regler));
        }
    }

    [Fact]
    public void Beregn_Maj_GennemsnitAfJuniTilMaj()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        // One målgruppe person per month, uden indsats only in June 2023: the May 2024 window (June 2023–May 2024) sees 1 of 12 months.
        for (var m = new YearMonth(2023, 1); m <= s_juni; m = m.PlusMonths(1))
        {
            Tael(taellere, m, 101, udenIndsats: m == new YearMonth(2023, 6), medTilbud: true, faaSamtaler: false);
        }

        var r = Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, [], null).Raekker;
        r.Single(x => x.Maaned == new YearMonth(2024, 5)).Fm1.Should().Be(new Brok(100, 12));
        r.Single(x => x.Maaned == s_juni).Fm1.Should().Be(Brok.Nul);
    }

    [Fact]
    public void Beregn_AdministrationPaaPraecisSyvtiOgFirsProcent_MinimumskravOpfyldt()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        for (int i = 0; i < 10; i++)
        {
            Tael(taellere, s_juni, 101, udenIndsats: false, medTilbud: i < 7, faaSamtaler: i >= 8);
            Tael(taellere, s_juni, 147, udenIndsats: false, medTilbud: i < 6, faaSamtaler: i >= 8);
        }

        var status = new[]
        {
            new Kommunestatus(101, Tilsynsstatus.Administration, 2021, 35m, 25m),
            new Kommunestatus(147, Tilsynsstatus.Administration, 2021, 35m, 25m),
        };
        var r = Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, [], status).Raekker;

        var k101 = r.Single(x => x.Kommune == 101 && x.Maaned == s_juni);
        Procentformat.Fil(k101.AndelMedTilbud!.Value).Should().Be("70.00");
        Procentformat.Fil(k101.AndelFireSamtaler!.Value).Should().Be("80.00");
        k101.MinimumskravOpfyldt.Should().BeTrue();
        r.Single(x => x.Kommune == 147 && x.Maaned == s_juni).MinimumskravOpfyldt.Should().BeFalse();
        r.Single(x => x.Kommune == 101 && x.Maaned == new YearMonth(2024, 1)).MinimumskravOpfyldt.Should().BeTrue("a month without målgruppe has nobody to fail the krav");
    }

    [Fact]
    public void Beregn_RapporteredeKommuner_SorteretEfterKommuneOgMaaned()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        Tael(taellere, new YearMonth(2024, 3), 461, udenIndsats: true, medTilbud: false, faaSamtaler: true);
        Tael(taellere, new YearMonth(2023, 6), 751, udenIndsats: true, medTilbud: false, faaSamtaler: true);
        Benchmarkraekke[] benchmark = [Bench(2025, 151), Bench(2023, 147)];
        Kommunestatus[] status = [new(101, Tilsynsstatus.Skaerpet, 2023, 40m, 10m), Kommunestatus.Ingen(157)];

        var r = Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, benchmark, status).Raekker;

        r.Select(x => x.Kommune).Distinct().Should().Equal(101, 147, 461);
        r.Select(x => (x.Kommune, x.Maaned)).Should().BeInAscendingOrder();
        r.Where(x => x.Kommune == 101).Select(x => x.Maaned.Month).Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void Beregn_ResultatmaalFraSenesteBenchmarkaarIkkeEfterMaaneden()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        for (var m = new YearMonth(2023, 7); m <= s_juni; m = m.PlusMonths(1))
        {
            Tael(taellere, m, 101, udenIndsats: true, medTilbud: false, faaSamtaler: false);
            Tael(taellere, m, 147, udenIndsats: true, medTilbud: false, faaSamtaler: false);
        }

        Benchmarkraekke[] benchmark =
        [
            Bench(2022, 101, faktisk: 10, forventet: 12),
            Bench(2023, 101, faktisk: 14, forventet: 12),
            Bench(2025, 101, faktisk: 10, forventet: 12),
            Bench(2022, 147, faktisk: 14, forventet: 12),
        ];
        Kommunestatus[] status = [new(147, Tilsynsstatus.Skaerpet, 2023, 40m, 10m)];

        var r = Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, benchmark, status).Raekker;

        var k101 = r.Single(x => x.Kommune == 101 && x.Maaned == s_juni);
        k101.ResultatmaalOpfyldt.Should().BeFalse();
        k101.Fm1Opfyldt.Should().BeFalse();
        k101.Risiko.Should().BeTrue();
        k101.MinimumskravOpfyldt.Should().BeNull();
        var k147 = r.Single(x => x.Kommune == 147 && x.Maaned == s_juni);
        k147.Risiko.Should().BeFalse("a kommune already under tilsyn is not at risk of selection");
        k147.Status.Should().Be(Tilsynsstatus.Skaerpet);
    }

    [Fact]
    public void Beregn_AdministrationMedMeddelt_MinimumskravFraMaanedenEfter()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        for (var m = new YearMonth(2024, 1); m <= s_juni; m = m.PlusMonths(1))
        {
            Tael(taellere, m, 101, udenIndsats: false, medTilbud: false, faaSamtaler: true);
            Tael(taellere, m, 147, udenIndsats: false, medTilbud: false, faaSamtaler: true);
        }

        Kommunestatus[] status =
        [
            new(101, Tilsynsstatus.Administration, 2021, 35m, 25m) { Meddelt = new LocalDate(2024, 3, 31) },
            new(147, Tilsynsstatus.Administration, 2021, 35m, 25m),
        ];

        var r = Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, [], status).Raekker;

        // The month of meddelt has no requirement, the month after has; without meddelt every month has.
        string.Join(",", r.Where(x => x.Kommune == 101).Select(x => x.MinimumskravOpfyldt?.ToString() ?? "-")).Should().Be("-,-,-,False,False,False");
        r.Where(x => x.Kommune == 147).Should().OnlyContain(x => x.MinimumskravOpfyldt == false);
    }

    [Fact]
    public void Beregn_Milepaele_PaaKommunensRaekkeForMaaneden()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        for (var m = new YearMonth(2023, 7); m <= s_juni; m = m.PlusMonths(1))
        {
            Tael(taellere, m, 101, udenIndsats: true, medTilbud: false, faaSamtaler: false);
        }

        Milepael[] milepaele =
        [
            new(101, new YearMonth(2024, 3), 100m, null),
            new(101, s_juni, 99.99m, 0m),
            new(101, new YearMonth(2024, 7), 0m, null),
            new(147, s_juni, 10m, 10m),
        ];

        var r = Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, [], [new Kommunestatus(101, Tilsynsstatus.Skaerpet, 2023, 40m, 10m)], milepaele);

        string.Join(",", r.Raekker.Select(x => $"{x.Kommune}:{x.Maaned.Month}:{x.MilepaelNaaet?.ToString() ?? "-"}"))
            .Should().Be("101:1:-,101:2:-,101:3:True,101:4:-,101:5:-,101:6:False", "147 is not reported and July is not monitored");
        r.BagMilepaele.Select(x => (x.Kommune, x.Maaned)).Should().Equal((101, s_juni));
    }

    [Fact]
    public void Beregn_SkaerpetTilsyn_PlanMedParagrafElleveGraenseKunForSkaerpet()
    {
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        foreach (int k in new[] { 101, 147, 157 })
        {
            Tael(taellere, s_juni, k, udenIndsats: true, medTilbud: false, faaSamtaler: true);
        }

        Kommunestatus[] status =
        [
            new(101, Tilsynsstatus.Skaerpet, 2023, 50m, null),
            new(147, Tilsynsstatus.Forlaenget, 2022, 50m, 30m),
            new(157, Tilsynsstatus.Administration, 2021, 50m, 30m),
        ];
        var regler = Regelsaet.Bek301_2023 with { AktiveFokusmaal = [Fokusmaal.Fm2] };

        var planer = Monitoropgoerelse.Beregn(taellere, regler, s_juni, [], status).Planer;

        // Only the active fokusmål has a plan; its basis is empty, so the § 11 bound is the threshold, strictly.
        planer.Select(p => (p.Kommune, p.Fokusmaal)).Should().Equal((101, Fokusmaal.Fm2), (147, Fokusmaal.Fm2), (157, Fokusmaal.Fm2));
        var f = planer[0].Forlaengelse!;
        (f.Graense, f.Inklusiv).Should().Be((new Brok(20, 1), false));
        planer.Skip(1).Should().OnlyContain(p => p.Forlaengelse == null);
    }

    public static TheoryData<string, string> PlanKommuner => new()
    {
        { "fm1,fm2", "101:Fm1,101:Fm2,147:Fm1,147:Fm2,157:Fm1,157:Fm2" },
        { "fm2", "101:Fm2,147:Fm2,157:Fm2" },
    };

    [Theory]
    [MemberData(nameof(PlanKommuner))]
    public void Beregn_Planer_ForKommunerUnderTilsynEllerIRisikoPrAktivtFokusmaal(string aktive, string forventet)
    {
        var regler = Regelsaet.Bek301_2023 with
        {
            AktiveFokusmaal = aktive == "fm2" ? [Fokusmaal.Fm2] : [Fokusmaal.Fm1, Fokusmaal.Fm2],
        };
        var taellere = new Maanedstaellere(Monitoropgoerelse.Maalemaaneder(s_juni));
        foreach (int k in new[] { 101, 147, 151, 157, 159 })
        {
            Tael(taellere, s_juni, k, udenIndsats: true, medTilbud: false, faaSamtaler: true);
        }

        // 101 at risk; 147 under administration; 151 fails the fokusmål but meets the resultatmål; 157 skærpet; 159 without benchmark.
        Benchmarkraekke[] benchmark = [Bench(2024, 101, faktisk: 14), Bench(2024, 147), Bench(2024, 151), Bench(2024, 157)];
        Kommunestatus[] status = [new(147, Tilsynsstatus.Administration, 2021, 35m, 25m), new(157, Tilsynsstatus.Skaerpet, 2023, 40m, 10m)];

        var planer = Monitoropgoerelse.Beregn(taellere, regler, s_juni, benchmark, status).Planer;

        string.Join(',', planer.Select(p => $"{p.Kommune}:{p.Fokusmaal}")).Should().Be(forventet);
        planer.Should().OnlyContain(p => p.MaaltTil == s_juni && p.ResterendeMaaneder == 6);
    }

    [Fact]
    public void Beregn_TaellereDaekkerIkkeVinduerne_ArgumentException()
    {
        var taellere = new Maanedstaellere(new Maaleperiode(new YearMonth(2024, 1), 6));
        var act = () => Monitoropgoerelse.Beregn(taellere, Regelsaet.Bek301_2023, s_juni, [], null);
        act.Should().Throw<ArgumentException>();
    }

    private static Benchmarkraekke Bench(int aar, int kommune, decimal faktisk = 10, decimal forventet = 12) =>
        new(aar, kommune, faktisk, forventet, faktisk.ToString(System.Globalization.CultureInfo.InvariantCulture), forventet.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void Tael(Maanedstaellere taellere, YearMonth maaned, int kommune, bool udenIndsats, bool medTilbud, bool faaSamtaler)
    {
        var start = new LocalDate(2020, 1, 1);
        taellere.Tael(taellere.Indeks(maaned), new Personmaaling(maaned, kommune, Ydelse.Kontanthjaelp, start, 800, start, medTilbud ? 1 : 0, 0, faaSamtaler ? 0 : 4, udenIndsats, faaSamtaler));
    }
}
