using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

public sealed class RapportskriverTests
{
    public static TheoryData<string, string> Tekster => new()
    {
        { "Ærø & <b>\"x\"</b>", "Ærø &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;" },
        { "O'Brien", "O&#39;Brien" },
        { "almindelig", "almindelig" },
    };

    [Theory]
    [MemberData(nameof(Tekster))]
    public void Esc_Tekst_ErSikkerIIndholdOgAttributter(string tekst, string forventet)
    {
        Rapportskriver.Esc(tekst).Should().Be(forventet);
    }
}
