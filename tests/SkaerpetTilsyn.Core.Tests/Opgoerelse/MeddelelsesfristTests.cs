using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Tests.Opgoerelse;

public sealed class MeddelelsesfristTests
{
    // Bekendtgørelsen § 6 stk. 2, SPEC §9.3: inside 1–30 April of Y+1 no warning; any other day is one.
    [Theory]
    [InlineData(2023, "2024-04-01", false)]
    [InlineData(2023, "2024-04-30", false)]
    [InlineData(2023, "2024-03-31", true)]
    [InlineData(2023, "2024-05-01", true)]
    [InlineData(2023, "2024-01-01", true)]
    [InlineData(2023, "2023-04-15", true)]
    [InlineData(2023, "2025-04-15", true)]
    public void Advarsel_Meddelelse_KunUdenforAprilAaretEfter(int aar, string dato, bool advarsel)
    {
        LocalDate meddelelse = LocalDatePattern.Iso.Parse(dato).Value;

        string? tekst = Meddelelsesfrist.Advarsel(aar, meddelelse);

        if (advarsel)
        {
            tekst.Should().Be($"Meddelelsen {dato} ligger uden for april {aar + 1}, men bekendtgørelsen § 6 stk. 2 kræver meddelelse inden udgangen af april.");
        }
        else
        {
            tekst.Should().BeNull();
        }
    }
}
