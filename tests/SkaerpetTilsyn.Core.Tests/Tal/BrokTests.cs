using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Tests.Tal;

public sealed class BrokTests
{
    [Theory]
    [InlineData(2999, 100, 30, true)]
    [InlineData(59999, 2000, 30, true)]
    [InlineData(30, 1, 30, false)]
    [InlineData(3000001, 100000, 30, false)]
    public void LessThan_Threshold_ComparedExactly(long taeller, long naevner, int graense, bool forventet)
    {
        (new Brok(taeller, naevner) < Brok.Fra(graense)).Should().Be(forventet);
    }

    [Fact]
    public void Fra_Decimal_ExactValue()
    {
        Brok.Fra(40.01m).Should().Be(new Brok(4001, 100));
        Brok.Fra(30.00m).Should().Be(new Brok(30, 1));
    }

    public static TheoryData<long, long, long, long, string> Differencer => new()
    {
        { 360, 1, 180, 1, "180/1" },
        { 1, 3, 1, 2, "-1/6" },
        { 30, 1, 30, 1, "0/1" },
    };

    [Theory]
    [MemberData(nameof(Differencer))]
    public void Minus_ToBroeker_EksaktDifferens(long a, long an, long b, long bn, string forventet)
    {
        (new Brok(a, an) - new Brok(b, bn)).ToString().Should().Be(forventet);
    }

    [Theory]
    [InlineData(7, 2, 3)]
    [InlineData(6, 2, 3)]
    [InlineData(0, 5, 0)]
    [InlineData(-1, 2, -1)]
    [InlineData(-4, 3, -2)]
    [InlineData(-6, 3, -2)]
    public void RundNed_Broek_StoersteHeltalIkkeOver(long taeller, long naevner, long forventet)
    {
        new Brok(taeller, naevner).RundNed().Should().Be(forventet);
    }
}
