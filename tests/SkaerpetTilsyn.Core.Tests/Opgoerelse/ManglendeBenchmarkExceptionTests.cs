using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Tests.Opgoerelse;

public sealed class ManglendeBenchmarkExceptionTests
{
    [Fact]
    public void Message_UdenAfvisteRaekker_NaevnerAarOgKommuner()
    {
        new ManglendeBenchmarkException(2023, [151, 153]).Message
            .Should().Be("benchmark.csv har ingen række for 2023 for kommune 151 Ballerup, 153 Brøndby.");
    }

    // SPEC §9.1: when the file had rejected rows, the missing row may be one of them.
    [Theory]
    [InlineData(1, "1 række i benchmark.csv er afvist")]
    [InlineData(2, "2 rækker i benchmark.csv er afvist")]
    public void MedAfviste_AfvisteRaekker_NaevnerAntalOgDenFoerste(long antal, string afviste)
    {
        var e = new ManglendeBenchmarkException(2023, [151]).MedAfviste(antal, 23, "ugyldigt tal i 'faktisk': '23,4'");

        e.Message.Should().Be($"benchmark.csv har ingen række for 2023 for kommune 151 Ballerup; {afviste}, den første er linje 23: ugyldigt tal i 'faktisk': '23,4'.");
        e.Aar.Should().Be(2023);
        e.Kommuner.Should().Equal(151);
    }

    [Fact]
    public void I_AndenKilde_NaevnesIBeskedenOgIDeAfviste()
    {
        var e = new ManglendeBenchmarkException(2023, [151]).I("public.benchmark").MedAfviste(1, 4, "ukendt kommune: '999'");

        e.Message.Should().Be("public.benchmark har ingen række for 2023 for kommune 151 Ballerup; 1 række i public.benchmark er afvist, den første er linje 4: ukendt kommune: '999'.");
        e.Kilde.Should().Be("public.benchmark");
    }
}
