using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace SkaerpetTilsyn.Cli;

/// <summary>Prints the program's informational version for <c>--version</c>.</summary>
/// <remarks>The built-in action reads the entry assembly, which is the test host when the command runs in-process.</remarks>
internal sealed class Versionshandling : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(Versionshandling).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "ukendt";

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return Udgangskode.Succes;
    }
}
