using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>The person_id order of the rows a file streams in place: which row starts a new person (UTF-8 byte order).</summary>
/// <remarks>The rows out of place were found before streaming (<see cref="Personfillaesning{TLaeser, TRaekke}"/>), so the ids seen here never go back.</remarks>
internal sealed class Personorden
{
    private readonly byte[] _id = new byte[Raekkekontrol.PersonIdMaksBytes];
    private int _laengde = -1;

    /// <summary>Whether the id <see cref="Se"/> last saw started a new person.</summary>
    public bool NyPerson { get; private set; }

    /// <summary>The UTF-8 id of the current person.</summary>
    public ReadOnlySpan<byte> PersonId => _id.AsSpan(0, Math.Max(_laengde, 0));

    /// <summary>Takes the next valid row's (trimmed) person_id; true when it starts a new person.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="id"/> sorts before the current person's: the scan that set the rows out of place aside missed one.</exception>
    public bool Se(ReadOnlySpan<byte> id)
    {
        int c = _laengde < 0 ? 1 : id.SequenceCompareTo(PersonId);
        if (c < 0)
        {
            throw new InvalidOperationException("A row streamed in place sorts before the previous one.");
        }

        NyPerson = c > 0;
        if (NyPerson)
        {
            id.CopyTo(_id);
            _laengde = id.Length;
        }

        return NyPerson;
    }
}
