using NodaTime;
using SkaerpetTilsyn.Core.Tests.TestData;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Tests.Tid;

public class DagTests
{
    // Days since 0001-01-01; the differences across February show the leap-year rule (1900 is not a leap year, 2000 is).
    public static TheoryData<string, int> Numre => new()
    {
        { "0001-01-01", 0 },
        { "0001-12-31", 364 },
        { "1970-01-01", 719162 },
        { "2000-01-01", 730119 },
        { "2023-01-01", 738520 },
        { "9999-12-31", 3652058 },
    };

    [Theory]
    [MemberData(nameof(Numre))]
    public void Nr_Dato_DageSiden0001(string dato, int nr)
    {
        Dag.Nr(PersonBygger.D(dato)).Should().Be(nr);
        Dag.Dato(nr).Should().Be(PersonBygger.D(dato));
    }

    [Theory]
    [InlineData("1900-02-28", "1900-03-01", 1)]
    [InlineData("2000-02-28", "2000-03-01", 2)]
    [InlineData("2023-02-28", "2023-03-01", 1)]
    [InlineData("2024-02-28", "2024-03-01", 2)]
    [InlineData("2023-12-31", "2024-01-01", 1)]
    public void Nr_ToDatoer_ForskelIDage(string fra, string til, int dage)
    {
        (Dag.Nr(PersonBygger.D(til)) - Dag.Nr(PersonBygger.D(fra))).Should().Be(dage);
    }

    [Theory]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2023-04", "2023-04-01", "2023-04-30")]
    [InlineData("2023-12", "2023-12-01", "2023-12-31")]
    public void FoersteOgSidsteDag_Maaned(string maaned, string foerste, string sidste)
    {
        var m = PersonBygger.M(maaned);
        Dag.FoersteDag(m).Should().Be(Dag.Nr(PersonBygger.D(foerste)));
        Dag.SidsteDag(m).Should().Be(Dag.Nr(PersonBygger.D(sidste)));
    }

    [Fact]
    public void Nr_SidsteIsoDag_Aaben()
    {
        Dag.Dato(Dag.Nr(LocalDate.MaxIsoValue)).Should().Be(LocalDate.MaxIsoValue);
    }
}
