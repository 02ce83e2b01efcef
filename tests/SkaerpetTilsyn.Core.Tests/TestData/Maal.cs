using NodaTime;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.TestData;

/// <summary>Measures one built person in one month, with the horizon at the month's end unless given.</summary>
internal static class Maal
{
    public static Maalestatus Person(PersonBygger person, string maaned, out Personmaaling maaling, Regelsaet? regler = null, string? horisont = null)
    {
        YearMonth m = PersonBygger.M(maaned);
        var maaler = new Personmaaler(regler ?? Regelsaet.Bek301_2023);
        maaler.Forbered(person.Byg(), horisont is null ? PersonBygger.SidsteDag(m) : PersonBygger.D(horisont));
        return maaler.Maal(m, out maaling, out _);
    }
}
