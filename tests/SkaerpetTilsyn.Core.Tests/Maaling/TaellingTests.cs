using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Tests.Maaling;

public sealed class TaellingTests
{
    // SPEC §4: share = count / maalgruppe in percent, exact, undefined when maalgruppe = 0; § 12 stk. 1 nr. 1 for the minimumskrav shares.
    public static TheoryData<string, Taelling, string, string, string, string> Andele => new()
    {
        { "no målgruppe: every share undefined", new Taelling(0, 0, 0, 0, 0), "", "", "", "" },
        { "1 of 3", new Taelling(3, 1, 2, 3, 1), "100/3", "200/3", "100/1", "100/3" },
        { "nobody fails", new Taelling(7, 0, 0, 0, 7), "0/1", "0/1", "0/1", "100/1" },
        { "10 of 12 with tilbud", new Taelling(12, 5, 2, 10, 10), "125/3", "50/3", "250/3", "250/3" },
        { "one person", new Taelling(1, 1, 0, 0, 1), "100/1", "0/1", "0/1", "100/1" },
    };

    [Theory]
    [MemberData(nameof(Andele))]
    public void Andele_Taelling_EksaktProcentEllerUdefineret(string scenario, Taelling t, string udenIndsats, string faaSamtaler, string medTilbud, string medFire)
    {
        Tekst(t.AndelUdenIndsats).Should().Be(udenIndsats, scenario);
        Tekst(t.AndelFaaSamtaler).Should().Be(faaSamtaler, scenario);
        Tekst(t.AndelMedTilbud).Should().Be(medTilbud, scenario);
        Tekst(t.AndelFireSamtaler).Should().Be(medFire, scenario);
        t.Andel(Fokusmaal.Fm1).Should().Be(t.AndelUdenIndsats, scenario);
        t.Andel(Fokusmaal.Fm2).Should().Be(t.AndelFaaSamtaler, scenario);
    }

    [Theory]
    [InlineData(Fokusmaal.Fm1, 5)]
    [InlineData(Fokusmaal.Fm2, 2)]
    public void Antal_Fokusmaal_DeSomFejler(Fokusmaal fokusmaal, int forventet)
    {
        new Taelling(12, 5, 2, 10, 10).Antal(fokusmaal).Should().Be(forventet);
    }

    [Fact]
    public void Antal_UkendtFokusmaal_Kaster()
    {
        var act = () => new Taelling(12, 5, 2, 10, 10).Antal((Fokusmaal)7);
        act.Should().Throw<System.Diagnostics.UnreachableException>().WithMessage("Fokusmaal har ingen kendt værdi 7.");
    }

    private static string Tekst(Brok? v) => v?.ToString() ?? "";
}
