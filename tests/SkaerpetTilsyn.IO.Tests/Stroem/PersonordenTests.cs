using System.Text;
using SkaerpetTilsyn.IO.Stroem;

namespace SkaerpetTilsyn.IO.Tests.Stroem;

public sealed class PersonordenTests
{
    // Ids in file order; per id 'n' (new person) or '.' (same person), or '!' where the order breaks.
    public static TheoryData<string, string> Raekkefoelger => new()
    {
        { "A", "n" },
        { "A A B", "n.n" },
        { "A B B C", "nn.n" },
        { "A AA B", "nnn" },          // a prefix sorts first
        { "Z a", "nn" },              // UTF-8 byte order: upper case before lower case
        { "z å æ ø", "nnnn" },        // å (C3 A5) < æ (C3 A6) < ø (C3 B8) in bytes, unlike the Danish alphabet
        { "z æ å", "nn!" },
        { "B A", "n!" },
        { "AA A", "n!" },
        { "a Z", "n!" },
        { "A B A", "nn!" },
    };

    [Theory]
    [MemberData(nameof(Raekkefoelger))]
    public void Se_Ider_NyPersonEllerStop(string ider, string forventet)
    {
        var orden = new Personorden("ydelser.csv");
        var svar = new StringBuilder();
        foreach (string id in ider.Split(' '))
        {
            try
            {
                bool ny = orden.Se(Encoding.UTF8.GetBytes(id));
                ny.Should().Be(orden.NyPerson);
                Encoding.UTF8.GetString(orden.PersonId).Should().Be(id);
                svar.Append(ny ? 'n' : '.');
            }
            catch (UsorteretInputException e)
            {
                e.Message.Should().Be("ydelser.csv er ikke sorteret efter person_id.");
                svar.Append('!');
                break;
            }
        }

        svar.ToString().Should().Be(forventet);
    }
}
