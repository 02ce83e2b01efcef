using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>The person_id order of one file read as sorted: which row starts a new person, and the stop when an id sorts before the previous one (UTF-8 byte order).</summary>
internal sealed class Personorden(string fil)
{
    private readonly byte[] _id = new byte[Raekkekontrol.PersonIdMaksBytes];
    private int _laengde = -1;

    /// <summary>Whether the id <see cref="Se"/> last saw started a new person.</summary>
    public bool NyPerson { get; private set; }

    /// <summary>The UTF-8 id of the current person.</summary>
    public ReadOnlySpan<byte> PersonId => _id.AsSpan(0, Math.Max(_laengde, 0));

    /// <summary>Takes the next valid row's (trimmed) person_id; true when it starts a new person.</summary>
    /// <exception cref="UsorteretInputException"><paramref name="id"/> sorts before the current person's.</exception>
    public bool Se(ReadOnlySpan<byte> id)
    {
        int c = _laengde < 0 ? 1 : id.SequenceCompareTo(PersonId);
        if (c < 0)
        {
            throw new UsorteretInputException(fil);
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
