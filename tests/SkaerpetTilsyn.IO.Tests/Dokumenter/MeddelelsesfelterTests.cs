using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Dokumenter;
using static SkaerpetTilsyn.IO.Tests.Dokumenter.Dokumentdata;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

public sealed class MeddelelsesfelterTests
{
    // SPEC §11.1: every field of a template, in Meddelelsesfelter.Navne order; empty where not applicable.
    public static TheoryData<string, string, string> Felter => new()
    {
        {
            "administration", "administration skaerpet 50 30 51.78 23.4",
            "kommune=101|navn=København|faktisk=17,2 %|forventet=16,1 %|resultatmaal_opfyldt=nej|fm1=51,78 %|fm2=23,40 %|fm1_opfyldt=nej|fm2_opfyldt=nej"
            + "|status_foer=skaerpet|afgoerelse=administration|status_efter=administration|hjemmel=§ 12|meddelelse=30. april 2024|redegoerelse_senest="
            + "|genopretning_slut=|minimumskrav_fra=1. maj 2024|sagsgennemgang_senest=31. juli 2024|aar=2023|afgoerelse_tekst=Kommunen sættes under administration"
            + "|basis_fm1=50,00 %|basis_fm2=30,00 %|halv_forbedring_fm1=40,00 %|halv_forbedring_fm2=25,00 %|passivsager=3|graense_fm1=30,00 %|graense_fm2=20,00 %"
            + "|minimumskrav_tilbud=70,00 %|minimumskrav_samtaler=80,00 %|passivsager_pr_ydelse=arbejdsløshedsdagpenge: 1; kontanthjælp: 2"
        },
        {
            "udvalgt", "udvalgt ingen - - 51.78 23.4",
            "kommune=101|navn=København|faktisk=17,2 %|forventet=16,1 %|resultatmaal_opfyldt=nej|fm1=51,78 %|fm2=23,40 %|fm1_opfyldt=nej|fm2_opfyldt=nej"
            + "|status_foer=ingen|afgoerelse=udvalgt|status_efter=skaerpet|hjemmel=§ 6|meddelelse=30. april 2024|redegoerelse_senest=31. juli 2024"
            + "|genopretning_slut=31. december 2024|minimumskrav_fra=|sagsgennemgang_senest=|aar=2023"
            + "|afgoerelse_tekst=Kommunen udvælges til skærpet tilsyn med beskæftigelsesindsatsen|basis_fm1=|basis_fm2=|halv_forbedring_fm1=|halv_forbedring_fm2="
            + "|passivsager=|graense_fm1=30,00 %|graense_fm2=20,00 %|minimumskrav_tilbud=|minimumskrav_samtaler=|passivsager_pr_ydelse="
        },
        {
            "ophoert, basis under and empty, undefined fm1", "ophoert skaerpet 19.5 - - 15",
            "kommune=101|navn=København|faktisk=17,2 %|forventet=16,1 %|resultatmaal_opfyldt=nej|fm1=|fm2=15,00 %|fm1_opfyldt=ja|fm2_opfyldt=ja"
            + "|status_foer=skaerpet|afgoerelse=ophoert|status_efter=ingen|hjemmel=§ 10|meddelelse=30. april 2024|redegoerelse_senest=|genopretning_slut="
            + "|minimumskrav_fra=|sagsgennemgang_senest=|aar=2023|afgoerelse_tekst=Det skærpede tilsyn med kommunen ophører|basis_fm1=19,50 %|basis_fm2="
            + "|halv_forbedring_fm1=30,00 %|halv_forbedring_fm2=20,00 %|passivsager=|graense_fm1=30,00 %|graense_fm2=20,00 %|minimumskrav_tilbud="
            + "|minimumskrav_samtaler=|passivsager_pr_ydelse="
        },
    };

    [Theory]
    [MemberData(nameof(Felter))]
    public void For_Decision_EveryFieldFormatted(string scenario, string afgoerelse, string forventet)
    {
        var f = Meddelelsesfelter.For(Afgoerelse(afgoerelse), Aar, Regelsaet.Bek301_2023, Sager(101, "dagpenge:d1:tilbud kontanthjaelp:k1:begge kontanthjaelp:k2:tilbud"));
        string.Join("|", Meddelelsesfelter.Navne.Select(n => $"{n}={f[n]}")).Should().Be(forventet, scenario);
        f.Keys.Should().BeEquivalentTo(Meddelelsesfelter.Navne);
    }

    [Fact]
    public void For_InactiveFokusmaal_NoBasisNorBound()
    {
        var regler = Regelsaet.Bek301_2023 with { AktiveFokusmaal = [Fokusmaal.Fm2] };
        var f = Meddelelsesfelter.For(Afgoerelse("forlaenget skaerpet 50 30 60 24.9"), Aar, regler, []);
        $"{f["basis_fm1"]}|{f["halv_forbedring_fm1"]}|{f["basis_fm2"]}|{f["halv_forbedring_fm2"]}".Should().Be("||30,00 %|25,00 %");
    }
}
