namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>How one person file was ordered by person_id and what reading it that way cost.</summary>
/// <param name="Fil">The file name as found.</param>
/// <param name="Raekkefoelge">In order, in order but for rows set aside, or grouped by person.</param>
/// <param name="RaekkerTilSide">Rows set aside and merged in by person (all of a grouped file's rows).</param>
/// <param name="Koersler">Sorted runs spilled to temporary files because the rows set aside did not fit the memory budget; 0 when they were held in memory.</param>
public sealed record Filraekkefoelge(string Fil, Raekkefoelge Raekkefoelge, long RaekkerTilSide, int Koersler);
