using System.Reflection;

namespace SkaerpetTilsyn.Cli.Tests;

public class KommandolinjeTests
{
    [Fact]
    public void Koer_Version_SkriverInformationsversionen()
    {
        string forventet = typeof(Kommandolinje).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var k = Koersel.Start("--version");

        k.Kode.Should().Be(0, k.Fejl);
        k.Ud.Trim().Should().Be(forventet);
    }
}
