namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>The order of a person file's rows by person_id, as the first pass over it found (decided per file).</summary>
public enum Raekkefoelge
{
    /// <summary>Every row in person_id order: streamed as it is.</summary>
    Sorteret,

    /// <summary>In order but for some rows out of place (such as corrections appended at the end): streamed, those rows set aside and merged in by person.</summary>
    SeneRaekker,

    /// <summary>In no order: every row grouped by person on its own, in memory or in sorted runs on disk, and merged in as one more sorted source.</summary>
    Usorteret,
}
