namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>A person file is not sorted by person_id, so it cannot be merge-joined; the reader falls back to grouping in memory.</summary>
internal sealed class UsorteretInputException(string fil) : Exception($"{fil} er ikke sorteret efter person_id.")
{
    public string Fil { get; } = fil;
}
