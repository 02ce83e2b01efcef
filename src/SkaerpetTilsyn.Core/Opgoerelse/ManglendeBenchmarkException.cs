using SkaerpetTilsyn.Core.Beregning;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>A reported kommune has no benchmark row for the data year (SPEC §5, §8.6): the opgørelse cannot be made.</summary>
public sealed class ManglendeBenchmarkException(string message) : DatagrundlagException(message);
