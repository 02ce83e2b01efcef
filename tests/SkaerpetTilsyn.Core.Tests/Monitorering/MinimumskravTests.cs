using NodaTime.Text;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
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

    // SPEC §7, §11.3, § 12 stk. 1 nr. 1: from the month after meddelt (the month of meddelt itself has none), every month when meddelt is unknown,
    // and only under administration.
    public static TheoryData<Tilsynsstatus, string, string, bool> Gaelder => new()
    {
        { Tilsynsstatus.Administration, "2024-04-30", "2024-04", false },
        { Tilsynsstatus.Administration, "2024-04-30", "2024-05", true },
        { Tilsynsstatus.Administration, "2024-04-30", "2024-03", false },
        { Tilsynsstatus.Administration, "2024-04-01", "2024-04", false },
        { Tilsynsstatus.Administration, "2024-04-01", "2024-05", true },
        { Tilsynsstatus.Administration, "2023-12-31", "2024-01", true },
        { Tilsynsstatus.Administration, "-", "2024-01", true },
        { Tilsynsstatus.Administration, "-", "2024-12", true },
        { Tilsynsstatus.Skaerpet, "2024-04-30", "2024-06", false },
        { Tilsynsstatus.Forlaenget, "-", "2024-06", false },
        { Tilsynsstatus.Ingen, "-", "2024-06", false },
    };

    [Theory]
    [MemberData(nameof(Gaelder))]
    public void Gaelder_StatusMeddeltOgMaaned_FraMaanedenEfterMeddelt(Tilsynsstatus status, string meddelt, string maaned, bool forventet)
    {
        var s = new Kommunestatus(101, status, 2022, 40m, 30m) { Meddelt = meddelt == "-" ? null : LocalDatePattern.Iso.Parse(meddelt).Value };
        Minimumskrav.Gaelder(s, YearMonthPattern.Iso.Parse(maaned).Value).Should().Be(forventet);
    }

    [Fact]
    public void Opfyldt_GraenserFraRegelsaettet_BrugesIkkeLitteraler()
    {
        var regler = Regelsaet.Bek301_2023 with { AdmMinTilbudPct = 75 };
        Minimumskrav.Opfyldt(new Taelling(10, 0, 0, 7, 10), regler).Should().BeFalse();
    }
}
