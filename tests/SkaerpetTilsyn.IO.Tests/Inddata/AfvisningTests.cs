using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

public sealed class AfvisningTests
{
    // SPEC §9.1: the reason with any quoted value left out; a quoted column name is not a value. One row per reason form the reader makes.
    public static TheoryData<string, string> Arter => new()
    {
        { "ugyldig dato i 'fra': '17-06-2021'", "ugyldig dato i 'fra'" },
        { "ugyldig dato i 'til': ''x'y''", "ugyldig dato i 'til'" },
        { "ugyldigt tal i 'timer': '7,5'", "ugyldigt tal i 'timer'" },
        { "ugyldigt heltal i 'udvalgt_aar': 'i aar'", "ugyldigt heltal i 'udvalgt_aar'" },
        { "ukendt kommune '411'", "ukendt kommune" },
        { "ugyldig kommune '1a1'", "ugyldig kommune" },
        { "ukendt ydelse 'arbejdsloeshed'", "ukendt ydelse" },
        { "ukendt status 'Skærpet'", "ukendt status" },
        { "ukendt type 'a b'c'", "ukendt type" },
        { "manglende 'form'", "manglende 'form'" },
        { "'til' før 'fra'", "'til' før 'fra'" },
        { "negative timer", "negative timer" },
        { "person_id er længere end 64 tegn", "person_id er længere end 64 tegn" },
        { "forkert antal felter: 4, overskriften har 5", "forkert antal felter: 4, overskriften har 5" },
        { "rækken er længere end 1 MiB; kun begyndelsen er vist", "rækken er længere end 1 MiB; kun begyndelsen er vist" },
    };

    [Theory]
    [MemberData(nameof(Arter))]
    public void Art_Aarsag_UdenRaekkensVaerdi(string aarsag, string art) =>
        new Afvisning("ydelser.csv", 2, aarsag, "").Art.Should().Be(art);
}
