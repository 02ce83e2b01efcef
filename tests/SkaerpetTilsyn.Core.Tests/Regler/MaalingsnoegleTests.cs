using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Regler;

public sealed class MaalingsnoegleTests
{
    // SPEC §4: thresholds, averaging, excluded months, active goals and the minimumskrav decide nothing about a month's counts.
    public static TheoryData<string, bool> Varianter => new()
    {
        { "std", true },
        { "fm1-25", true },
        { "kun-fm2", true },
        { "samlet", true },
        { "udelukket", true },
        { "adm-60", true },
        { "fritaget-0.50", true },
        { "doede-omvendt", true },
        { "p91-undtaget-omvendt", true },
        { "2019", false },
        { "timer-50", false },
        { "samtaler-3", false },
        { "forloeb-200", false },
        { "vindue-200", false },
        { "fritaget-40", false },
        { "p91-senere", false },
        { "p91-undtaget", false },
        { "personligt-senere", false },
        { "kun-barsel", false },
        { "dage-30", false },
    };

    [Theory]
    [MemberData(nameof(Varianter))]
    public void For_Variant_SameKeysAsBek301OnlyWhenTheMonthsCountTheSame(string variant, bool ens)
    {
        (Maalingsnoegle.For(Regelvarianter.Hent(variant)) == Maalingsnoegle.For(Regelsaet.Bek301_2023)).Should().Be(ens, variant);
    }

    [Fact]
    public void For_UndtagneYdelserWithoutCutOff_DoNotCount()
    {
        // Without p91_udelukket_fra every § 91 offer counts, so the exempt ydelser are never read.
        Maalingsnoegle.For(Regelvarianter.Hent("uden-p91-undtaget")).Should().Be(Maalingsnoegle.For(Regelsaet.Bek2019));
    }
}
