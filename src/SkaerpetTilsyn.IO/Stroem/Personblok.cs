namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>The rows of a run of whole persons from one sorted file: person ids as UTF-8 and where each person's rows start.</summary>
/// <remarks>Reused: the consumer hands a finished block back to the <see cref="Personfil{TLaeser, TRaekke}"/> that produced it, which empties it for the next run of persons.</remarks>
internal sealed class Personblok<TRaekke>
    where TRaekke : struct
{
    private byte[] _id = new byte[8192];
    private int _idBrugt;

    public List<(int IdStart, int IdLaengde, int Fra)> Personer { get; } = [];

    public List<TRaekke> Raekker { get; } = [];

    public ReadOnlySpan<byte> Id(int person) => _id.AsSpan(Personer[person].IdStart, Personer[person].IdLaengde);

    /// <summary>The rows of person <paramref name="person"/>: from its start to the next person's.</summary>
    public (int Fra, int Til) Raekkeinterval(int person) =>
        (Personer[person].Fra, person + 1 < Personer.Count ? Personer[person + 1].Fra : Raekker.Count);

    public void NyPerson(ReadOnlySpan<byte> id)
    {
        if (_idBrugt + id.Length > _id.Length)
        {
            Array.Resize(ref _id, Math.Max(_id.Length * 2, _idBrugt + id.Length));
        }

        id.CopyTo(_id.AsSpan(_idBrugt));
        Personer.Add((_idBrugt, id.Length, Raekker.Count));
        _idBrugt += id.Length;
    }

    public void Toem()
    {
        _idBrugt = 0;
        Personer.Clear();
        Raekker.Clear();
    }
}
