using NodaTime;
using SkaerpetTilsyn.Core.Historik;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Historik;

public sealed class RegelplanTests
{
    [Fact]
    public void Fast_EveryYearTheRuleSetWithTheDefaults()
    {
        // SPEC §10: --regler X is short for a plan with X in every year; meddelelse 30 April the year after, selection possible.
        var plan = Regelplan.Fast(Regelsaet.Bek2019, 2019, 2021);
        plan.Navn.Should().Be("bek-2019");
        plan.Aar.Keys.Should().Equal(2019, 2020, 2021);
        plan.Aar.Values.Should().OnlyContain(p => p.Regler == Regelsaet.Bek2019 && p.Udvaelgelse);
        plan.Aar.Select(p => p.Value.Meddelelse).Should().Equal(new LocalDate(2020, 4, 30), new LocalDate(2021, 4, 30), new LocalDate(2022, 4, 30));
        plan.Regelsaet.Should().Equal(Regelsaet.Bek2019);
    }

    [Theory]
    [InlineData(2019, 2021, null)]
    [InlineData(2020, 2020, null)]
    [InlineData(2018, 2021, 2018)]
    [InlineData(2019, 2023, 2022)]
    [InlineData(2022, 2023, 2022)]
    public void FoersteManglendeAar_Range_FirstYearWithoutEntry(int fra, int til, int? forventet)
    {
        Regelplan.Fast(Regelsaet.Bek301_2023, 2019, 2021).FoersteManglendeAar(fra, til).Should().Be(forventet);
    }

    [Fact]
    public void Regelsaet_DistinctInYearOrder()
    {
        var plan = new Regelplan("p", [
            KeyValuePair.Create(2023, Planaar.Standard(Regelsaet.Bek301_2023, 2023)),
            KeyValuePair.Create(2021, Planaar.Standard(Regelsaet.Bek2019, 2021)),
            KeyValuePair.Create(2022, Planaar.Standard(Regelsaet.Bek2019, 2022))]);
        plan.Aar.Keys.Should().Equal(2021, 2022, 2023);
        plan.Regelsaet.Should().Equal(Regelsaet.Bek2019, Regelsaet.Bek301_2023);
    }
}
