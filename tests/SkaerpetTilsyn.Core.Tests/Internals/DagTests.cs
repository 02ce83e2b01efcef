using NodaTime;
using SkaerpetTilsyn.Core.Internals;

namespace SkaerpetTilsyn.Core.Tests.Internals;

public class DagTests
{
    [Fact]
    public void Nr_HverDagFra1899Til2101OgGraenserne_SvarerTilDateOnly()
    {
        for (var d = new LocalDate(1899, 1, 1); d <= new LocalDate(2101, 12, 31); d = d.PlusDays(1))
        {
            Dag.Nr(d).Should().Be(d.ToDateOnly().DayNumber);
        }

        Dag.Nr(LocalDate.MaxIsoValue).Should().Be(DateOnly.MaxValue.DayNumber);
        Dag.Nr(new LocalDate(1, 1, 1)).Should().Be(0);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-12-31")]
    [InlineData("2000-03-01")]
    public void Dato_NrTilbage_GiverSammeDato(string tekst)
    {
        var dato = NodaTime.Text.LocalDatePattern.Iso.Parse(tekst).Value;
        Dag.Dato(Dag.Nr(dato)).Should().Be(dato);
    }
}
