using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Monitorering;

namespace SkaerpetTilsyn.Core.Tests.Monitorering;

public class DataslutTests
{
    [Fact]
    public void SidsteDato_AabenYdelse_TaellerMedSinFraIkkeSinTil()
    {
        var p = Personer.PaaYdelse("A", 101, new LocalDate(2024, 2, 1));
        p.Samtaler.Add(new Samtale(new LocalDate(2024, 1, 15), SamtaleType.Jobsamtale, SamtaleForm.Personligt));
        Dataslut.SidsteDato([p]).Should().Be(new LocalDate(2024, 2, 1));
    }

    [Fact]
    public void SidsteDato_SenesteOverAlleRaekketyper()
    {
        var a = Personer.PaaYdelse("A", 101, new LocalDate(2022, 1, 1));
        a.Tilbud.Add(new Tilbud(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 30), TilbudType.Loentilskud));
        var b = Personer.PaaYdelse("B", 101, new LocalDate(2022, 1, 1));
        b.Timer.Add(new Timeperiode(new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 31), 37));
        b.Fritagelser.Add(new Fritagelse(new LocalDate(2024, 5, 20), Datoer.Aaben, FritagelseAarsag.Andet));
        Dataslut.SidsteDato([a, b]).Should().Be(new LocalDate(2024, 5, 31));
    }

    [Fact]
    public void SidsteDato_IngenRaekker_Null()
    {
        Dataslut.SidsteDato([]).Should().BeNull();
    }
}
