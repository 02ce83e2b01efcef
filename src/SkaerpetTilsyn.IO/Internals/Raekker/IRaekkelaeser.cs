using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Internals.Raekker;

/// <summary>Reads the valid rows of one kind of person file, rejecting bad rows on the way; a struct so generic callers pay no virtual call per row.</summary>
internal interface IRaekkelaeser<TSelf, TRaekke>
    where TSelf : struct, IRaekkelaeser<TSelf, TRaekke>
    where TRaekke : struct
{
    /// <summary>The file name without extension, such as <c>ydelser</c>.</summary>
    static abstract string Fil { get; }

    static abstract bool Paakraevet { get; }

    /// <summary>The person's list that rows of this file go into.</summary>
    static abstract List<TRaekke> Liste(Persondata person);

    /// <summary>Finds the file's columns in the header; throws when one is missing.</summary>
    static abstract TSelf Opret(CsvSource kilde);

    int PersonKolonne { get; }

    /// <summary>Moves to the next valid row that is not a duplicate; false at the end of the file.</summary>
    bool Naeste(CsvSource kilde, out TRaekke raekke);
}
