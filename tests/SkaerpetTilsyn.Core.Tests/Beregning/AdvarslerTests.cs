using SkaerpetTilsyn.Core.Beregning;

namespace SkaerpetTilsyn.Core.Tests.Beregning;

public sealed class AdvarslerTests
{
    [Fact]
    public void Tilfoej_GentagetAdvarsel_KunEnGangIRaekkefoelgen()
    {
        var advarsler = new Advarsler();

        advarsler.Tilfoej("b");
        advarsler.Tilfoej("a");
        advarsler.Tilfoej("b");

        advarsler.Should().Equal("b", "a");
        advarsler[1].Should().Be("a");
    }
}
