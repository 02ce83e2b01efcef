using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Tests.Data;

public sealed class BenchmarkraekkeTests
{
    // § 4, SPEC §5: the resultatmål is met when faktisk ≤ forventet, compared exactly.
    [Theory]
    [InlineData("16.4", "16.4", true)]
    [InlineData("16.40", "16.4", true)]
    [InlineData("16.39", "16.4", true)]
    [InlineData("16.41", "16.4", false)]
    [InlineData("0", "0", true)]
    public void ResultatmaalOpfyldt_FaktiskModForventet(string faktisk, string forventet, bool opfyldt)
    {
        var fa = decimal.Parse(faktisk, System.Globalization.CultureInfo.InvariantCulture);
        var fo = decimal.Parse(forventet, System.Globalization.CultureInfo.InvariantCulture);
        new Benchmarkraekke(2023, 101, fa, fo, faktisk, forventet).ResultatmaalOpfyldt.Should().Be(opfyldt);
    }
}
