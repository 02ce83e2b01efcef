using System.Text;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Tests.Validering;

public sealed class CprTests
{
    public static TheoryData<string, bool> Ider => new()
    {
        { "0101001234", true },
        { "3112991234", true },
        { "2902001234", true },   // 00 is divisible by 4: 29 February may be a date (2000 was)
        { "2902961234", true },
        { "2902011234", false },
        { "3102961234", false },
        { "3104801234", false },  // April has 30 days
        { "3004801234", true },
        { "0001801234", false },  // day 0
        { "0100801234", false },  // month 0
        { "0113801234", false },  // month 13
        { "010180123", false },   // nine digits
        { "01018012345", false }, // eleven digits
        { "P101801234", false },
        { "01018O1234", false },
        { "", false },
    };

    [Theory]
    [MemberData(nameof(Ider))]
    public void Ligner_Id_TiCifreMedDatoForrest(string id, bool cpr) =>
        Cpr.Ligner(Encoding.UTF8.GetBytes(id)).Should().Be(cpr);
}
