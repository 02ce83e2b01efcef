using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Tests.TestData;

namespace SkaerpetTilsyn.Core.Tests.Opgoerelse;

public sealed class FristerTests
{
    // SPEC §5 "Dates": N + 3 months is the same day, or the third month's last day when N is its month's last day or the day does not exist.
    public static TheoryData<string, string> TreMaaneder => new()
    {
        { "2024-04-30", "2024-07-31" },
        { "2024-05-15", "2024-08-15" },
        { "2024-11-30", "2025-02-28" },
        { "2023-11-29", "2024-02-29" },
        { "2024-11-29", "2025-02-28" },
        { "2024-01-31", "2024-04-30" },
        { "2024-02-29", "2024-05-31" },
        { "2023-02-28", "2023-05-31" },
        { "2024-04-29", "2024-07-29" },
    };

    [Theory]
    [MemberData(nameof(TreMaaneder))]
    public void TreMaanederEfter_Meddelelse_LastDayRule(string n, string forventet)
    {
        Frister.TreMaanederEfter(PersonBygger.D(n)).Should().Be(PersonBygger.D(forventet));
        Frister.RedegoerelseSenest(PersonBygger.D(n)).Should().Be(PersonBygger.D(forventet));
        Frister.SagsgennemgangSenest(PersonBygger.D(n)).Should().Be(PersonBygger.D(forventet));
    }

    [Theory]
    [InlineData("2024-04-30", "2024-05-01")]
    [InlineData("2024-05-01", "2024-06-01")]
    [InlineData("2024-12-15", "2025-01-01")]
    public void MinimumskravFra_Meddelelse_FirstOfNextMonth(string n, string forventet)
    {
        Frister.MinimumskravFra(PersonBygger.D(n)).Should().Be(PersonBygger.D(forventet));
    }

    [Theory]
    [InlineData(2023, "2024-04-01", "2024-04-30", "2024-12-31")]
    [InlineData(2019, "2020-04-01", "2020-04-30", "2020-12-31")]
    public void Aar_PublicationMeddelelseAndPeriodEnds(int aar, string p, string n, string slut)
    {
        Frister.Offentliggoerelse(aar).Should().Be(PersonBygger.D(p));
        Frister.StandardMeddelelse(aar).Should().Be(PersonBygger.D(n));
        Frister.GenopretningSlut(aar).Should().Be(PersonBygger.D(slut));
        Frister.ForlaengelseSlut(aar).Should().Be(PersonBygger.D(slut));
    }
}
