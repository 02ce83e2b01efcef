using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Regler;

public sealed class ForloebsnoegleTests
{
    // SPEC §10: the forløb keys are doede_aarsager, forloeb_brud, max_gap_dage and fortsaettende_skift; every other key leaves the forløb alone.
    public static TheoryData<string, bool> Varianter => new()
    {
        { "std", true },
        { "2019", true },
        { "fm1-25", true },
        { "kun-fm2", true },
        { "timer-50", true },
        { "forloeb-200", true },
        { "vindue-200", true },
        { "fritaget-40", true },
        { "p91-senere", true },
        { "personligt-senere", true },
        { "doede-omvendt", true },
        { "skift-omvendt", true },
        { "gab-uden-betydning", true },
        { "kun-barsel", false },
        { "dage-30", false },
        { "uden-skift", false },
        { "skift-modsat", false },
    };

    [Theory]
    [MemberData(nameof(Varianter))]
    public void For_Variant_SameKeysAsBek301OnlyWhenTheForloebIsTheSame(string variant, bool ens)
    {
        (Forloebsnoegle.For(Regelvarianter.Hent(variant)) == Forloebsnoegle.For(Regelsaet.Bek301_2023)).Should().Be(ens, variant);
    }

    [Fact]
    public void For_MaxGapDage_CountsWithDage()
    {
        Forloebsnoegle.For(Regelvarianter.Hent("dage-30")).Should().NotBe(Forloebsnoegle.For(Regelvarianter.Hent("dage-31")));
    }
}
