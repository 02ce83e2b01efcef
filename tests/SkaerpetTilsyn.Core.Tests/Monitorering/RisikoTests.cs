using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Monitorering;

namespace SkaerpetTilsyn.Core.Tests.Monitorering;

public class RisikoTests
{
    public static TheoryData<Tilsynsstatus, bool?, bool, bool, bool> Sandhedstabel => new()
    {
        { Tilsynsstatus.Ingen, false, false, false, true },
        { Tilsynsstatus.Ingen, false, false, true, true },
        { Tilsynsstatus.Ingen, false, true, false, true },
        { Tilsynsstatus.Ingen, false, true, true, false },
        { Tilsynsstatus.Ingen, true, false, false, false },
        { Tilsynsstatus.Ingen, true, true, true, false },
        { Tilsynsstatus.Ingen, null, false, false, false },
        { Tilsynsstatus.Skaerpet, false, false, false, false },
        { Tilsynsstatus.Forlaenget, false, false, false, false },
        { Tilsynsstatus.Administration, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Sandhedstabel))]
    public void Flag_Sandhedstabel_KunIngenMedResultatmaalOgEtFokusmaalIkkeOpfyldt(
        Tilsynsstatus status, bool? resultatmaal, bool fm1, bool fm2, bool forventet)
    {
        Risiko.Flag(status, resultatmaal, fm1, fm2).Should().Be(forventet);
    }
}
