using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Uddata;

/// <summary>SPEC §9.4 on a folder laid out as <c>data/</c> (the inputs), <c>ud/status.csv</c> (last year's outputs), <c>regler.json</c> and a link <c>genvej → data</c>.</summary>
public sealed class UdmappekontrolTests : IDisposable
{
    private readonly string _rod = Path.Combine(Path.GetTempPath(), "skaerpet-ud-" + Guid.NewGuid().ToString("N"));

    public UdmappekontrolTests()
    {
        Directory.CreateDirectory(Path.Combine(_rod, "data"));
        Directory.CreateDirectory(Path.Combine(_rod, "ud"));
        File.WriteAllText(Path.Combine(_rod, "ud", "status.csv"), "");
        File.WriteAllText(Path.Combine(_rod, "regler.json"), "");
        Directory.CreateSymbolicLink(Path.Combine(_rod, "genvej"), Path.Combine(_rod, "data"));
    }

    // Rows: --ud, --data, a file option's path (relative to the folder), and the message (with {0} for the folder), null when allowed.
    public static TheoryData<string, string, string?, string?> Tilfaelde => new()
    {
        { "ny", "data", null, null },
        { "ud", "data", "ud2/status.csv", null },
        { "data-ud", "data", null, null },
        { "data", "data", null, "--ud '{0}/data' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe." },
        { "data/", "data", null, "--ud '{0}/data/' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe." },
        { "ud/../data", "data", null, "--ud '{0}/ud/../data' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe." },
        { "genvej", "data", null, "--ud '{0}/genvej' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe." },
        { "data/ud", "data", null, "--ud '{0}/data/ud' ligger inde i datamappen '{0}/data' fra --data; vælg en udmappe uden for datamappen." },
        { "genvej/ny/ud", "data", null, "--ud '{0}/genvej/ny/ud' ligger inde i datamappen '{0}/data' fra --data; vælg en udmappe uden for datamappen." },
        { ".", "data", null, "--ud '{0}/.' indeholder datamappen '{0}/data' fra --data, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe." },
        { "ud", "data", "ud/status.csv", "--ud '{0}/ud' indeholder '{0}/ud/status.csv' fra --status, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe, eller læg filen et andet sted." },
        { "regler.json", "data", "regler.json", "--ud '{0}/regler.json' er filen fra --status; vælg en anden udmappe." },
    };

    [Theory]
    [MemberData(nameof(Tilfaelde))]
    public void Kontroller_UdmappeOgInddata_AfvisesNaarDeOverlapper(string ud, string data, string? fil, string? fejl)
    {
        Tilvalgsfil[] filer = fil is null ? [] : [new Tilvalgsfil("--status", Path.Combine(_rod, fil))];

        var kontroller = () => Udmappekontrol.Kontroller(Path.Combine(_rod, ud), Path.Combine(_rod, data), filer);

        if (fejl is null)
        {
            kontroller.Should().NotThrow();
        }
        else
        {
            kontroller.Should().Throw<InputFejlException>().Which.Message.Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, fejl, _rod));
        }
    }

    public void Dispose() => Directory.Delete(_rod, recursive: true);
}
