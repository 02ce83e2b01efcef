using System.Collections;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>The warnings a computation records while it finishes (SPEC §9.2, §9.3): Danish sentences, each once, in the order they came.</summary>
/// <remarks>One computation may check the same rule twice (<c>diff</c> finishes two opgørelser on one grundlag), so a repeat is kept once.</remarks>
public sealed class Advarsler : IReadOnlyList<string>
{
    private readonly List<string> _advarsler = [];

    public int Count => _advarsler.Count;

    public string this[int index] => _advarsler[index];

    /// <summary>Records <paramref name="advarsel"/> unless it is already there.</summary>
    public void Tilfoej(string advarsel)
    {
        ArgumentNullException.ThrowIfNull(advarsel);
        if (!_advarsler.Contains(advarsel))
        {
            _advarsler.Add(advarsel);
        }
    }

    public IEnumerator<string> GetEnumerator() => _advarsler.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
