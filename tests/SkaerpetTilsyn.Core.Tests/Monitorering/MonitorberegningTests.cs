using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Monitorering;

public class MonitorberegningTests
{
    public static TheoryData<string?, string?> Dataslut => new()
    {
        { "2024-06-30", null },
        { "2024-07-15", null },
        { "2024-06-29", "Data slutter 2024-06-29; --til 2024-06 kræver data til og med 2024-06-30." },
        { null, "Inddata har ingen rækker med datoer; --til 2024-06 kræver data til og med 2024-06-30." },
    };

    [Theory]
    [MemberData(nameof(Dataslut))]
    public void Afslut_DataSlutterFoerSidsteDagITil_Afvises(string? slut, string? fejl)
    {
        List<Persondata> personer = slut is null ? [] : [Personer.PaaYdelse("A", 101, NodaTime.Text.LocalDatePattern.Iso.Parse(slut).Value)];
        var beregning = new Monitorberegning(Regelsaet.Bek301_2023, new YearMonth(2024, 6));
        var afslut = () => beregning.Beregn(personer, new Beregningsgrundlag([], null, Dataperiode.Af(personer)));

        if (fejl is null)
        {
            afslut.Should().NotThrow();
        }
        else
        {
            afslut.Should().Throw<DatagrundlagException>().WithMessage(fejl);
        }
    }
}
