namespace SkaerpetTilsyn.Cli;

/// <summary>A usage error found after parsing, such as a malformed date option (exit code 2).</summary>
internal sealed class BrugerFejlException(string message) : Exception(message);
