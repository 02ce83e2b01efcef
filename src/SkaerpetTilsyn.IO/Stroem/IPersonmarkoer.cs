using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>A position in one sorted person file, one person at a time, whatever the row type.</summary>
internal interface IPersonmarkoer : IDisposable
{
    /// <summary>Whether every person of the file has been handed over.</summary>
    bool Slut { get; }

    /// <summary>The UTF-8 person id at the position; valid until <see cref="Overfoer"/>.</summary>
    ReadOnlySpan<byte> Id { get; }

    /// <summary>Adds the current person's rows to <paramref name="person"/> and moves to the next person.</summary>
    void Overfoer(Persondata person);
}
