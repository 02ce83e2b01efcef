using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Tests.Data;

public class MilepaelTests
{
    // SPEC §11.5: met when every target of the month is met, the exact rolling figure at most the target; an undefined figure meets it; no target: empty.
    // Figures as exact fractions "t/n" or "-" for undefined; targets as decimals or "-" for none.
    public static TheoryData<string, string, string, string, bool?> Naaet => new()
    {
        { "40/1", "-", "40", "-", true },
        { "4001/100", "-", "40", "-", false },
        { "3999/100", "-", "40", "-", true },
        { "121/3", "-", "40.33", "-", false },
        { "-", "-", "40", "-", true },
        { "50/1", "20/1", "-", "20", true },
        { "50/1", "20/1", "40", "20", false },
        { "30/1", "21/1", "40", "20", false },
        { "30/1", "20/1", "40", "20", true },
        { "30/1", "-", "40", "10", true },
        { "30/1", "20/1", "-", "-", null },
    };

    [Theory]
    [MemberData(nameof(Naaet))]
    public void Naaet_FigurerOgMaal_JaNejEllerTom(string fm1, string fm2, string maal1, string maal2, bool? forventet)
    {
        var m = new Milepael(101, new YearMonth(2024, 6), Maal(maal1), Maal(maal2));
        m.Naaet(Figur(fm1), Figur(fm2)).Should().Be(forventet);
    }

    private static decimal? Maal(string s) => s == "-" ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Brok? Figur(string s)
    {
        if (s == "-")
        {
            return null;
        }

        var dele = s.Split('/');
        return new Brok(int.Parse(dele[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(dele[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
