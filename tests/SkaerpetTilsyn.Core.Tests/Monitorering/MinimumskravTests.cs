using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Monitorering;

public class MinimumskravTests
{
    public static TheoryData<int, int, int, bool> Graenser => new()
    {
        { 10, 7, 8, true },
        { 1000, 700, 800, true },
        { 1000, 699, 800, false },
        { 1000, 700, 799, false },
        { 10, 10, 10, true },
        { 3, 2, 3, false },
        { 0, 0, 0, true },
    };

    [Theory]
    [MemberData(nameof(Graenser))]
    public void Opfyldt_VedOgOmkringSyvtiOgFirsProcent_KunVedMindstGraensen(int maalgruppe, int medTilbud, int medFire, bool forventet)
    {
        var t = new Taelling(maalgruppe, 0, maalgruppe - medFire, medTilbud, medFire);
        Minimumskrav.Opfyldt(t, Regelsaet.Bek301_2023).Should().Be(forventet);
    }

    [Fact]
    public void Opfyldt_GraenserFraRegelsaettet_BrugesIkkeLitteraler()
    {
        var regler = Regelsaet.Bek301_2023 with { AdmMinTilbudPct = 75 };
        Minimumskrav.Opfyldt(new Taelling(10, 0, 0, 7, 10), regler).Should().BeFalse();
    }
}
