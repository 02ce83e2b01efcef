using System.Diagnostics;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Runs the built <c>skaerpet.dll</c> as a separate process, the way a user does.</summary>
public class ProgramProcesTests
{
    [Fact]
    public void Skaerpet_OpgoerelsePaaDemo_Kode0OgOpsummering()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "skaerpet.dll");
        string ud = Repo.NyMappe();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string a in new[] { dll, "opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud })
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();

        p.ExitCode.Should().Be(0, stderr);
        stdout.Should().Contain("udvalgt").And.Contain("ydelser.csv");
        File.Exists(Path.Combine(ud, "afgoerelser.csv")).Should().BeTrue();
    }

    [Fact]
    public void Skaerpet_Version_SkriverInformationsversionen()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "skaerpet.dll"));
        start.ArgumentList.Add("--version");

        using var p = Process.Start(start)!;
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();

        p.ExitCode.Should().Be(0);
        stdout.Trim().Should().Be(Versionshandling.Version);
    }
}
