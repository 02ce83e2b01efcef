namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>Keeps a table writer's records as a <see cref="Tabel"/>, the first record being the header.</summary>
internal sealed class Tabelbygger(string navn) : IRaekkemaal
{
    private readonly List<string?[]> _raekker = [];
    private string[]? _kolonner;

    public void Raekke(ReadOnlySpan<string?> felter)
    {
        if (_kolonner is null)
        {
            _kolonner = new string[felter.Length];
            for (int i = 0; i < felter.Length; i++)
            {
                _kolonner[i] = felter[i] ?? throw new ArgumentException("A header has no empty column name.", nameof(felter));
            }

            return;
        }

        if (felter.Length != _kolonner.Length)
        {
            throw new InvalidOperationException($"A row of {navn} has {felter.Length} fields, the header {_kolonner.Length}.");
        }

        _raekker.Add(felter.ToArray());
    }

    /// <summary>The table written so far.</summary>
    /// <exception cref="InvalidOperationException">No header was written.</exception>
    public Tabel Tabel() => new(navn, _kolonner ?? throw new InvalidOperationException($"{navn} has no header."), [.. _raekker]);

    public void Dispose()
    {
    }
}
