using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Tests.Monitorering;

public class GenopretningTests
{
    private const int Kommune = 101;

    /// <summary>Rule-set variant, fokusmål, --til, the months January..til as <c>antal/maalgruppe</c>, then the expected
    /// months counted, remaining months, exact bound (empty: none), persons fewer per month (empty: none) and kan_naas.</summary>
    public static TheoryData<string, Fokusmaal, string, string, int, int, string, int?, bool> Planer => new()
    {
        // Exactly at the threshold: the rest must average strictly under 30 %, so one person fewer per month than now.
        { "standard", Fokusmaal.Fm1, "2024-06", "30/100,30/100,30/100,30/100,30/100,30/100", 6, 6, "30/1", 1, true },
        { "standard", Fokusmaal.Fm2, "2024-06", "20/100,20/100,20/100,20/100,20/100,20/100", 6, 6, "20/1", 1, true },
        { "standard", Fokusmaal.Fm1, "2024-06", "20/100,20/100,20/100,20/100,20/100,20/100", 6, 6, "40/1", 0, true },
        { "standard", Fokusmaal.Fm1, "2024-01", "45/100", 1, 11, "315/11", 17, true },
        { "standard", Fokusmaal.Fm1, "2024-10", "0/100,0/100,0/100,0/100,0/100,0/100,0/100,0/100,0/100,0/100", 10, 2, "180/1", 0, true },

        // Cannot be met: the bound is negative, or exactly zero (no share is below 0 %).
        { "standard", Fokusmaal.Fm1, "2024-11", "60/100,60/100,60/100,60/100,60/100,60/100,60/100,60/100,60/100,60/100,60/100", 11, 1, "-300/1", null, false },
        { "standard", Fokusmaal.Fm1, "2024-06", "60/100,60/100,60/100,60/100,60/100,60/100", 6, 6, "0/1", null, false },

        // December: nothing remains, the figure so far is the annual figure; exactly 30.00 % is not met.
        { "standard", Fokusmaal.Fm1, "2024-12", "29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100", 12, 0, "", null, true },
        { "standard", Fokusmaal.Fm1, "2024-12", "30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100", 12, 0, "", null, false },

        // Excluded months (March–June): ahead they do not remain, behind they do not count; an empty month does not count either.
        { "udelukket", Fokusmaal.Fm1, "2024-02", "40/100,40/100", 2, 6, "80/3", 14, true },
        { "udelukket", Fokusmaal.Fm1, "2024-07", "30/100,30/100,90/100,90/100,90/100,90/100,30/100", 3, 5, "30/1", 1, true },
        { "standard", Fokusmaal.Fm1, "2024-03", "10/100,0/0,40/100", 2, 9, "280/9", 9, true },
        { "standard", Fokusmaal.Fm1, "2024-02", "40/100,0/0", 1, 10, "29/1", null, true },

        // Pooled counts, assuming the current målgruppe of 200 in each remaining month.
        { "samlet", Fokusmaal.Fm1, "2024-06", "35/100,35/100,35/100,35/100,35/100,70/200", 6, 6, "325/12", 16, true },
        { "samlet", Fokusmaal.Fm1, "2024-12", "29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100,29/100", 12, 0, "", null, true },
        { "samlet", Fokusmaal.Fm1, "2024-02", "40/100,0/0", 1, 10, "", null, false },
    };

    [Theory]
    [MemberData(nameof(Planer))]
    public void Beregn_MaalteMaaneder_MaksAndelPersonerOgKanNaas(
        string regelsaet, Fokusmaal fokusmaal, string til, string maaneder, int maalt, int resterende, string maks, int? personer, bool kanNaas)
    {
        var regler = regelsaet switch
        {
            "udelukket" => Regelsaet.Bek301_2023 with { UdelukkedeMaaneder = [new(2024, 3), new(2024, 4), new(2024, 5), new(2024, 6)] },
            "samlet" => Regelsaet.Bek301_2023 with { Gennemsnit = Gennemsnit.Samlet },
            _ => Regelsaet.Bek301_2023,
        };
        var sidste = NodaTime.Text.YearMonthPattern.Iso.Parse(til).Value;
        var taellere = Taellere(fokusmaal, maaneder);

        var plan = Genopretning.Beregn(taellere, Kommune, fokusmaal, sidste, regler);

        plan.MaanederMaalt.Should().Be(maalt);
        plan.ResterendeMaaneder.Should().Be(resterende);
        (plan.MaksAndelResten?.ToString() ?? "").Should().Be(maks);
        plan.PersonerPrMaaned.Should().Be(personer);
        plan.KanNaas.Should().Be(kanNaas);
    }

    /// <summary>SPEC §11.4: rule-set variant, fokusmål, --til, months as above, basis (null: empty), then the expected § 11 bound and its kind,
    /// the exact bound for the rest (empty: none), persons fewer per month (empty: none) and kan_forlaenges.</summary>
    public static TheoryData<string, Fokusmaal, string, string, double?, string, string, int?, bool> Forlaengelser => new()
    {
        // b ≥ t: (b + t) / 2 and at most it, so a rest exactly at the bound keeps it and no person fewer is needed.
        { "standard", Fokusmaal.Fm1, "2024-06", "40/100,40/100,40/100,40/100,40/100,40/100", 50, "40/1 inklusiv", "40/1", 0, true },
        { "standard", Fokusmaal.Fm1, "2024-06", "30/100,30/100,30/100,30/100,30/100,30/100", 30, "30/1 inklusiv", "30/1", 0, true },
        { "standard", Fokusmaal.Fm2, "2024-06", "30/100,30/100,30/100,30/100,30/100,30/100", 35, "55/2 inklusiv", "25/1", 5, true },

        // b < t or an empty basis: the threshold itself, strictly below, so exactly at it needs one person fewer.
        { "standard", Fokusmaal.Fm1, "2024-06", "30/100,30/100,30/100,30/100,30/100,30/100", 25, "30/1 streng", "30/1", 1, true },
        { "standard", Fokusmaal.Fm1, "2024-06", "30/100,30/100,30/100,30/100,30/100,30/100", null, "30/1 streng", "30/1", 1, true },

        // Unreachable: a bound of exactly 0 % can be kept when inclusive (nobody failing), not when strict; below 0 never.
        { "standard", Fokusmaal.Fm1, "2024-06", "80/100,80/100,80/100,80/100,80/100,80/100", 50, "40/1 inklusiv", "0/1", 80, true },
        { "standard", Fokusmaal.Fm1, "2024-06", "81/100,81/100,81/100,81/100,81/100,81/100", 50, "40/1 inklusiv", "-1/1", null, false },
        { "standard", Fokusmaal.Fm1, "2024-06", "60/100,60/100,60/100,60/100,60/100,60/100", 25, "30/1 streng", "0/1", null, false },

        // December: the annual figure is final; exactly at an inclusive bound keeps it.
        { "standard", Fokusmaal.Fm1, "2024-12", "40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100", 50, "40/1 inklusiv", "", null, true },
        { "standard", Fokusmaal.Fm1, "2024-12", "4001/10000,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100,40/100", 50, "40/1 inklusiv", "", null, false },
        { "standard", Fokusmaal.Fm1, "2024-12", "30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100,30/100", 25, "30/1 streng", "", null, false },

        // Pooled counts against the bound, the remaining months at the current målgruppe of 100.
        { "samlet", Fokusmaal.Fm1, "2024-06", "40/100,40/100,40/100,40/100,40/100,40/100", 50, "40/1 inklusiv", "40/1", 0, true },
    };

    [Theory]
    [MemberData(nameof(Forlaengelser))]
    public void BeregnUnderSkaerpetTilsyn_Basis_ParagrafElleveGraenseMedSammeRegning(
        string regelsaet, Fokusmaal fokusmaal, string til, string maaneder, double? basis, string graense, string maks, int? personer, bool kan)
    {
        var regler = regelsaet == "samlet" ? Regelsaet.Bek301_2023 with { Gennemsnit = Gennemsnit.Samlet } : Regelsaet.Bek301_2023;
        var sidste = NodaTime.Text.YearMonthPattern.Iso.Parse(til).Value;
        var taellere = Taellere(fokusmaal, maaneder);

        var plan = Genopretning.BeregnUnderSkaerpetTilsyn(taellere, Kommune, fokusmaal, sidste, regler, (decimal?)basis);

        var f = plan.Forlaengelse!;
        $"{f.Graense} {(f.Inklusiv ? "inklusiv" : "streng")}".Should().Be(graense);
        (f.MaksAndelResten?.ToString() ?? "").Should().Be(maks);
        f.PersonerPrMaaned.Should().Be(personer);
        f.KanForlaenges.Should().Be(kan);
        (plan with { Forlaengelse = null }).Should().Be(Genopretning.Beregn(taellere, Kommune, fokusmaal, sidste, regler), "the plan against the threshold is the same");
    }

    [Fact]
    public void Beregn_UdenSkaerpetTilsyn_IngenForlaengelse()
    {
        Genopretning.Beregn(Taellere(Fokusmaal.Fm1, "40/100"), Kommune, Fokusmaal.Fm1, new YearMonth(2024, 1), Regelsaet.Bek301_2023).Forlaengelse.Should().BeNull();
    }

    [Fact]
    public void Beregn_NuvaerendeAndelOgAarstal_FraTilMaanedenOgAaretHidtil()
    {
        var taellere = Taellere(Fokusmaal.Fm1, "10/100,0/0,40/100");

        var plan = Genopretning.Beregn(taellere, Kommune, Fokusmaal.Fm1, new YearMonth(2024, 3), Regelsaet.Bek301_2023);

        Procentformat.Fil(plan.NuvaerendeAndel!.Value).Should().Be("40.00");
        Procentformat.Fil(plan.AarstalHidtil!.Value).Should().Be("25.00");
        plan.Maalgruppe.Should().Be(100);
        plan.Kommune.Should().Be(Kommune);
        plan.MaaltTil.Should().Be(new YearMonth(2024, 3));
    }

    [Fact]
    public void Beregn_TaellereDaekkerIkkeAaret_ArgumentException()
    {
        var taellere = new Maanedstaellere(new Maaleperiode(new YearMonth(2024, 3), 4));
        var act = () => Genopretning.Beregn(taellere, Kommune, Fokusmaal.Fm1, new YearMonth(2024, 6), Regelsaet.Bek301_2023);
        act.Should().Throw<ArgumentException>();
    }

    private static Maanedstaellere Taellere(Fokusmaal fokusmaal, string maaneder)
    {
        var taellere = new Maanedstaellere(Maaleperiode.Aar(2024));
        var start = new LocalDate(2020, 1, 1);
        var maaned = new YearMonth(2024, 1);
        foreach (string felt in maaneder.Split(','))
        {
            var dele = felt.Split('/');
            int antal = int.Parse(dele[0], System.Globalization.CultureInfo.InvariantCulture);
            int maalgruppe = int.Parse(dele[1], System.Globalization.CultureInfo.InvariantCulture);
            for (int i = 0; i < maalgruppe; i++)
            {
                bool fejler = i < antal;
                bool udenIndsats = fokusmaal == Fokusmaal.Fm1 && fejler;
                bool faaSamtaler = fokusmaal == Fokusmaal.Fm2 && fejler;
                taellere.Tael(taellere.Indeks(maaned), new Personmaaling(maaned, Kommune, Ydelse.Kontanthjaelp, start, 800, start, udenIndsats ? 0 : 1, 0, faaSamtaler ? 0 : 4, udenIndsats, faaSamtaler));
            }

            maaned = maaned.PlusMonths(1);
        }

        return taellere;
    }
}
