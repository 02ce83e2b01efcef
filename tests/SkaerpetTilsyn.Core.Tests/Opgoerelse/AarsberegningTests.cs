using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Opgoerelse;

public sealed class AarsberegningTests
{
    private static readonly Benchmarkraekke[] s_benchmark = [new(2023, 101, 10m, 12m, "10", "12")];

    // SPEC §9.1: the data period is checked before the benchmark, so short data are named as such, not as a missing benchmark row.
    [Fact]
    public void Afslut_DataSlutterFoerAaretOgIngenBenchmark_DataperiodenNaevnes()
    {
        var beregning = new Aarsberegning(Regelsaet.Bek301_2023, 2023, Frister.StandardMeddelelse(2023));
        var grundlag = new Beregningsgrundlag([], null, Personer.Periode(new LocalDate(2021, 1, 1), new LocalDate(2022, 12, 31)));

        var afslut = () => beregning.Beregn([Personer.PaaYdelse("A", 101, new LocalDate(2021, 1, 1))], grundlag);

        afslut.Should().Throw<DatagrundlagException>().Which.Message.Should().Be("Data slutter 2022-12-31; opgørelsen for 2023 kræver data til og med 2023-12-31.");
    }

    [Fact]
    public void Afslut_MeddelelseUdenforApril_AdvarslenIGrundlaget()
    {
        var meddelelse = new LocalDate(2024, 5, 15);
        var beregning = new Aarsberegning(Regelsaet.Bek301_2023, 2023, meddelelse);
        var grundlag = new Beregningsgrundlag(s_benchmark, null, Personer.Periode(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31)));

        beregning.Beregn([Personer.PaaYdelse("A", 101, new LocalDate(2021, 1, 1))], grundlag).Afgoerelser.Should().ContainSingle();

        grundlag.Advarsler.Should().Equal(Meddelelsesfrist.Advarsel(2023, meddelelse));
    }
}
