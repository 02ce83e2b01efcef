using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Reads the valid rows of one kind of person file from any source, rejecting bad rows on the way; a struct so generic callers pay no virtual call per row.</summary>
internal interface IRaekkelaeser<TSelf, TRaekke>
    where TSelf : struct, IRaekkelaeser<TSelf, TRaekke>
    where TRaekke : struct
{
    /// <summary>The person's list that rows of this file go into.</summary>
    static abstract List<TRaekke> Liste(Persondata person);

    /// <summary>Finds the file's columns in the header; throws when one is missing.</summary>
    static abstract TSelf Opret(RecordSource kilde);

    int PersonKolonne { get; }

    /// <summary>Moves to the next valid row that is not a duplicate; false at the end of the input.</summary>
    bool Naeste(Raekkekontrol kontrol, out TRaekke raekke);
}
