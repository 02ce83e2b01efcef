namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>Where a field of a result table is, for a message: the table's name, the column and the data row (1 for the first).</summary>
internal readonly record struct Feltsted(string Tabel, string Kolonne, long Raekke);
