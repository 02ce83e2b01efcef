using System.Text;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

public sealed class AfvisteSkriverTests : IDisposable
{
    private readonly Datamappe _mappe = new();

    public void Dispose() => _mappe.Dispose();

    [Fact]
    public void Skriv_Rejects_ExactCsvQuotedOnlyWhereNeeded()
    {
        string sti = _mappe.Fil("afviste.csv");
        Afvisning[] afviste =
        [
            new("ydelser.csv", 7, "ukendt ydelse 'foo'", "p1,101,foo,2023-01-01,"),
            new("ydelser.csv.gz", 12, "'til' før 'fra'", "\"p2\",101,\"dag\npenge\",2023-02-01,2023-01-01"),
            new("timer.csv", 3, "negative timer", "p3 2023-01-01 -5"),
        ];

        AfvisteSkriver.Skriv(sti, afviste, CsvDialekt.Standard);

        byte[] bytes = File.ReadAllBytes(sti);
        bytes.AsSpan(0, 3).ToArray().Should().NotEqual(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes).Should().Be(
            "fil,linje,aarsag,raekke\n" +
            "ydelser.csv,7,ukendt ydelse 'foo',\"p1,101,foo,2023-01-01,\"\n" +
            "ydelser.csv.gz,12,'til' før 'fra',\"\"\"p2\"\",101,\"\"dag\npenge\"\",2023-02-01,2023-01-01\"\n" +
            "timer.csv,3,negative timer,p3 2023-01-01 -5\n");
    }

    [Fact]
    public void Skriv_NoRejects_HeaderOnly()
    {
        string sti = _mappe.Fil("afviste.csv");

        AfvisteSkriver.Skriv(sti, [], CsvDialekt.Standard);

        File.ReadAllText(sti).Should().Be("fil,linje,aarsag,raekke\n");
    }
}
