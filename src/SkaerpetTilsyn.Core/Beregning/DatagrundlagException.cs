namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>The data read cannot support the computation asked for (exit code 2), with one Danish sentence saying why.</summary>
public class DatagrundlagException(string message) : Exception(message);
