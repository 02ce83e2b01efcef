using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

public sealed class AfvisningsaarsagTests
{
    [Fact]
    public void For_AfvisteRaekker_HyppigsteFoerstMedFoersteLinjeOgKunFilensEgne()
    {
        Afvisning[] afviste =
        [
            new("tilbud.csv", 3, "ukendt type 'kursus'", ""),
            new("tilbud.csv", 4, "ugyldig dato i 'fra': '17-06-2021'", ""),
            new("timer.csv", 2, "ugyldig dato i 'fra': '01-01-2023'", ""),
            new("tilbud.csv", 9, "ugyldig dato i 'fra': '18-06-2021'", ""),
            new("tilbud.csv", 7, "ugyldig dato i 'til': '19-06-2021'", ""),
        ];

        Afvisningsaarsag.For(afviste, "tilbud.csv").Should().Equal(
            new Afvisningsaarsag("ugyldig dato i 'fra'", 2, 4),
            new Afvisningsaarsag("ukendt type", 1, 3),
            new Afvisningsaarsag("ugyldig dato i 'til'", 1, 7));
        Afvisningsaarsag.For(afviste, "samtaler.csv").Should().BeEmpty();
    }
}
