using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Tests.Data;

public class DataperiodeTests
{
    [Fact]
    public void Slut_AabenYdelse_TaellerMedSinFraIkkeSinTil()
    {
        var p = Personer.PaaYdelse("A", 101, new LocalDate(2024, 2, 1));
        p.Samtaler.Add(new Samtale(new LocalDate(2024, 1, 15), SamtaleType.Jobsamtale, SamtaleForm.Personligt));
        Dataperiode.Af([p]).Slut.Should().Be(new LocalDate(2024, 2, 1));
    }

    [Fact]
    public void Slut_SenesteOverAlleRaekketyper()
    {
        var a = Personer.PaaYdelse("A", 101, new LocalDate(2022, 1, 1));
        a.Tilbud.Add(new Tilbud(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 30), TilbudType.Loentilskud));
        var b = Personer.PaaYdelse("B", 101, new LocalDate(2022, 1, 1));
        b.Timer.Add(new Timeperiode(new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 31), 37));
        b.Fritagelser.Add(new Fritagelse(new LocalDate(2024, 5, 20), Datoer.Aaben, FritagelseAarsag.Andet));
        Dataperiode.Af([a, b]).Slut.Should().Be(new LocalDate(2024, 5, 31));
    }

    [Fact]
    public void Start_TidligsteFraAfEnYdelse_AndreRaekkerTaellerIkke()
    {
        var a = Personer.PaaYdelse("A", 101, new LocalDate(2022, 3, 1));
        a.Samtaler.Add(new Samtale(new LocalDate(2021, 1, 15), SamtaleType.Jobsamtale, SamtaleForm.Personligt));
        var b = Personer.PaaYdelse("B", 101, new LocalDate(2022, 2, 1));
        Dataperiode.Af([a, b]).Start.Should().Be(new LocalDate(2022, 2, 1));
    }

    [Fact]
    public void StartOgSlut_IngenRaekker_Null()
    {
        var periode = Dataperiode.Af([]);
        periode.Start.Should().BeNull();
        periode.Slut.Should().BeNull();
    }
}
