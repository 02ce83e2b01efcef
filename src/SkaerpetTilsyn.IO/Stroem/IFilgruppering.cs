using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>One person file's rows grouped in memory, whatever the row type.</summary>
internal interface IFilgruppering
{
    /// <summary>The file's person ids, by its own person numbers.</summary>
    IReadOnlyList<string> Ider { get; }

    /// <summary>Reads every row of the file.</summary>
    void Laes();

    void Grupper(int[] globalt, int antalPersoner);

    void Overfoer(int globalPerson, Persondata person);
}
