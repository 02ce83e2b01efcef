using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.IO.Tests.Tabeller;

public sealed class KolonnetyperTests
{
    // SPEC §13.3: codes and counts INT32, months text, dates DATE, percentages and bounds DECIMAL(7,2), hours DECIMAL(18,4), echoed values text.
    public static TheoryData<string, Kolonnetype> Typer => new()
    {
        { "kommune", Kolonnetype.Heltal },
        { "aar", Kolonnetype.Heltal },
        { "udvalgt_aar", Kolonnetype.Heltal },
        { "linje", Kolonnetype.Heltal },
        { "maalgruppe", Kolonnetype.Heltal },
        { "uden_indsats_b", Kolonnetype.Heltal },
        { "taellede_dage", Kolonnetype.Heltal },
        { "personer_pr_maaned", Kolonnetype.Heltal },
        { "samtaler_mangler", Kolonnetype.Heltal },
        { "maaned", Kolonnetype.Tekst },
        { "maalt_til", Kolonnetype.Tekst },
        { "foerste_maaned_uden_indsats", Kolonnetype.Tekst },
        { "faktisk", Kolonnetype.Tekst },
        { "forventet", Kolonnetype.Tekst },
        { "raekke", Kolonnetype.Tekst },
        { "person_id", Kolonnetype.Tekst },
        { "resultatmaal_opfyldt", Kolonnetype.Tekst },
        { "hjemmel", Kolonnetype.Tekst },
        { "meddelelse", Kolonnetype.Dato },
        { "sagsgennemgang_senest", Kolonnetype.Dato },
        { "meddelt", Kolonnetype.Dato },
        { "forloeb_start", Kolonnetype.Dato },
        { "fm1", Kolonnetype.Procent },
        { "fm2_b", Kolonnetype.Procent },
        { "fm1_12m", Kolonnetype.Procent },
        { "basis_fm2", Kolonnetype.Procent },
        { "andel_4_samtaler", Kolonnetype.Procent },
        { "maks_andel_resten", Kolonnetype.Procent },
        { "graense_forlaengelse", Kolonnetype.Procent },
        { "fm1_milepael", Kolonnetype.Procent },
        { "timer_i_vindue", Kolonnetype.Timer },
        { "timer_mangler", Kolonnetype.Timer },
    };

    [Theory]
    [MemberData(nameof(Typer))]
    public void Find_KolonneFraSpec_HarSinType(string kolonne, Kolonnetype forventet)
    {
        Kolonnetyper.Find(kolonne, out var type).Should().BeTrue();
        type.Should().Be(forventet);
        Kolonnetyper.Type("tabel", kolonne).Should().Be(forventet);
    }

    [Theory]
    [InlineData("ukendt")]
    [InlineData("Kommune")]
    [InlineData("kommune ")]
    public void Type_KolonneUdenType_FejlNaevnerKolonneOgTabel(string kolonne)
    {
        Kolonnetyper.Find(kolonne, out _).Should().BeFalse();
        var handling = () => Kolonnetyper.Type("plan.parquet", kolonne);

        handling.Should().Throw<InvalidOperationException>().WithMessage($"Kolonnen '{kolonne}' i plan.parquet har ingen type i Kolonnetyper; tilføj den dér.");
    }
}
