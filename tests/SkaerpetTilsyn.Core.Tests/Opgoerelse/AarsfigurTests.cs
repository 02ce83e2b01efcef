using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.Core.Tests.TestData;

namespace SkaerpetTilsyn.Core.Tests.Opgoerelse;

public sealed class AarsfigurTests
{
    // SPEC §4 "Annual figure": mean of monthly shares (or pooled), skipping empty and excluded months; met strictly below, compared exactly.
    public static TheoryData<string, string, Fokusmaal, string, string, bool> Figurer => new()
    {
        { "12 months at 30 %", "*:10/3/0", Fokusmaal.Fm1, "std", "30.00", false },
        { "29.9958 % prints 30.00 but is met", "*:10/3/0 12:2000/599/0", Fokusmaal.Fm1, "std", "30.00", true },
        { "29 %", "*:100/29/0", Fokusmaal.Fm1, "std", "29.00", true },
        { "fm2 12 months at 20 %", "*:10/0/2", Fokusmaal.Fm2, "std", "20.00", false },
        { "fm2 19.9958 % prints 20.00 but is met", "*:10/0/2 12:2000/0/399", Fokusmaal.Fm2, "std", "20.00", true },
        { "empty months skipped", "01:2/1/0", Fokusmaal.Fm1, "std", "50.00", false },
        { "Jan 40 %, Feb 20 %", "01:10/4/0 02:10/2/0", Fokusmaal.Fm1, "std", "30.00", false },
        { "udelukkede_maaneder drops January", "01:10/4/0 02:10/2/0", Fokusmaal.Fm1, "udelukket-jan", "20.00", true },
        { "maanedsandele: (100 % + 0 %) / 2", "01:1/1/0 02:3/0/0", Fokusmaal.Fm1, "std", "50.00", false },
        { "samlet: 1 / 4", "01:1/1/0 02:3/0/0", Fokusmaal.Fm1, "samlet", "25.00", true },
        { "samlet also skips udelukkede_maaneder (§8.13)", "01:1/1/0 02:3/0/0", Fokusmaal.Fm1, "samlet-udelukket-jan", "0.00", true },
        { "inactive fm1 is reported but counts as met", "*:10/5/0", Fokusmaal.Fm1, "kun-fm2", "50.00", true },
        { "active fm2 under kun-fm2", "*:10/0/5", Fokusmaal.Fm2, "kun-fm2", "50.00", false },
        { "no målgruppe: undefined counts as met", "", Fokusmaal.Fm1, "std", "", true },
        { "only an excluded month: undefined", "01:10/10/10", Fokusmaal.Fm1, "udelukket-jan", "", true },
        { "1/3 rounds to 33.33", "01:3/1/0", Fokusmaal.Fm1, "std", "33.33", false },
        { "2/3 rounds to 66.67", "01:3/2/0", Fokusmaal.Fm1, "std", "66.67", false },
        { "0.125 % rounds to 0.13", "01:800/1/0", Fokusmaal.Fm1, "std", "0.13", true },
    };

    [Theory]
    [MemberData(nameof(Figurer))]
    public void Beregn_MonthlyCounts_FigureAndOpfyldt(string scenario, string maaneder, Fokusmaal fokusmaal, string regler, string forventet, bool opfyldt)
    {
        var r = Regler(regler);
        var taellere = new Maanedstaellere(Maaleperiode.Aar(2023));
        Taellinger.Fyld(taellere, 2023, maaneder);
        var figur = Aarsfigur.Beregn(taellere, 101, null, fokusmaal, Maaleperiode.Aar(2023), r);
        (Procentformat.Fil(figur) ?? "").Should().Be(forventet, scenario);
        Aarsfigur.Opfyldt(figur, fokusmaal, r).Should().Be(opfyldt, scenario);
    }

    [Fact]
    public void Beregn_PerYdelse_OwnFigure()
    {
        var taellere = new Maanedstaellere(Maaleperiode.Aar(2023));
        Taellinger.Fyld(taellere, 2023, "*:10/5/0", ydelse: Ydelse.Kontanthjaelp);
        Taellinger.Fyld(taellere, 2023, "*:10/0/0", ydelse: Ydelse.Dagpenge);
        var r = Regelsaet.Bek301_2023;
        Procentformat.Fil(Aarsfigur.Beregn(taellere, 101, Ydelse.Kontanthjaelp, Fokusmaal.Fm1, Maaleperiode.Aar(2023), r)).Should().Be("50.00");
        Procentformat.Fil(Aarsfigur.Beregn(taellere, 101, Ydelse.Dagpenge, Fokusmaal.Fm1, Maaleperiode.Aar(2023), r)).Should().Be("0.00");
        Procentformat.Fil(Aarsfigur.Beregn(taellere, 101, null, Fokusmaal.Fm1, Maaleperiode.Aar(2023), r)).Should().Be("25.00");
        Aarsfigur.Beregn(taellere, 101, Ydelse.Sho, Fokusmaal.Fm1, Maaleperiode.Aar(2023), r).Should().BeNull();
    }

    [Fact]
    public void Beregn_UkendtGennemsnit_Kaster()
    {
        var taellere = new Maanedstaellere(Maaleperiode.Aar(2023));
        Taellinger.Fyld(taellere, 2023, "*:10/3/0");
        var regler = Regelsaet.Bek301_2023 with { Gennemsnit = (Gennemsnit)5 };
        var act = () => Aarsfigur.Beregn(taellere, 101, null, Fokusmaal.Fm1, Maaleperiode.Aar(2023), regler);
        act.Should().Throw<System.Diagnostics.UnreachableException>().WithMessage("Gennemsnit har ingen kendt værdi 5.");
    }

    internal static Regelsaet Regler(string navn) => navn switch
    {
        "std" => Regelsaet.Bek301_2023,
        "samlet" => Regelsaet.Bek301_2023 with { Gennemsnit = Gennemsnit.Samlet },
        "udelukket-jan" => Regelsaet.Bek301_2023 with { UdelukkedeMaaneder = [new(2023, 1)] },
        "samlet-udelukket-jan" => Regelsaet.Bek301_2023 with { Gennemsnit = Gennemsnit.Samlet, UdelukkedeMaaneder = [new(2023, 1)] },
        "kun-fm2" => Regelsaet.Bek301_2023 with { AktiveFokusmaal = [Fokusmaal.Fm2] },
        _ => throw new ArgumentOutOfRangeException(nameof(navn), navn, null),
    };
}
