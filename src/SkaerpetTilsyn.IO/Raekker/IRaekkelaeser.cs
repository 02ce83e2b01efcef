using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Checks the records of one kind of person file from any source into rows, rejecting bad ones; a struct so generic callers pay no virtual call per row.</summary>
/// <remarks>Rows are unmanaged so that a file grouped by person can hold and spill them as bytes (<see cref="Stroem.Sorteringslager{TRaekke}"/>).</remarks>
internal interface IRaekkelaeser<TSelf, TRaekke>
    where TSelf : struct, IRaekkelaeser<TSelf, TRaekke>
    where TRaekke : unmanaged
{
    /// <summary>The person's list that rows of this file go into.</summary>
    static abstract List<TRaekke> Liste(Persondata person);

    /// <summary>Finds the file's columns in the header; throws when one is missing.</summary>
    static abstract TSelf Opret(RecordSource kilde);

    int PersonKolonne { get; }

    /// <summary>Checks the fields of the current record (its field count already checked); false when it was rejected.</summary>
    bool Kontroller(Raekkekontrol kontrol, out TRaekke raekke);
}
