using System.Text;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

public sealed class CsvUdskriverTests
{
    public static TheoryData<string?, string> Felter => new()
    {
        { "abc", "abc" },
        { null, "" },
        { "", "" },
        { "a,b", "\"a,b\"" },
        { "si \"hej\"", "\"si \"\"hej\"\"\"" },
        { "to\nlinjer", "\"to\nlinjer\"" },
        { "æøå", "æøå" },
        { "-5", "-5" },
    };

    [Theory]
    [MemberData(nameof(Felter))]
    public void Felt_Value_QuotedOnlyWhenNeeded(string? vaerdi, string forventet)
    {
        using MemoryStream stream = new();
        using (CsvUdskriver udskriver = new(stream))
        {
            udskriver.Felt("x");
            udskriver.Felt(vaerdi);
            udskriver.AfslutRaekke();
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("x," + forventet + "\n");
    }

    [Fact]
    public void Raekke_SeveralRecords_LfLineEndingsNoBom()
    {
        using MemoryStream stream = new();
        using (CsvUdskriver udskriver = new(stream))
        {
            udskriver.Raekke("a", "b");
            udskriver.Raekke("1", null);
        }

        stream.ToArray().Should().Equal("a,b\n1,\n"u8.ToArray());
    }

    [Fact]
    public void SkrivFil_Records_WrittenAtomically()
    {
        using Datamappe mappe = new();
        string sti = mappe.Fil("ud.csv");

        CsvUdskriver.SkrivFil(sti, udskriver => udskriver.Raekke("kommune", "navn"));

        File.ReadAllText(sti).Should().Be("kommune,navn\n");
        Directory.GetFiles(mappe.Sti, "*.tmp").Should().BeEmpty();
    }
}
