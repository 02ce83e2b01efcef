using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Analysis;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn;

/// <summary>A command's result tables by name (the CSV's file name without <c>.csv</c>), each a DataFrame, in the order the command writes them.</summary>
/// <remarks>The tables are made on first use, and each DataFrame when it is first asked for, so a run that never looks at them pays nothing.</remarks>
public sealed class Resultattabeller : IReadOnlyDictionary<string, DataFrame>
{
    private readonly Lazy<IReadOnlyList<Tabel>> _tabeller;
    private readonly Lazy<Dictionary<string, DataFrame>> _dataframes = new(() => new(StringComparer.Ordinal));

    internal Resultattabeller(Func<IReadOnlyList<Tabel>> tabeller) => _tabeller = new(tabeller);

    /// <summary>The tables' names in the order written, e.g. <c>fokusmaal_maaned</c>, <c>afgoerelser</c>, <c>status</c>, <c>passivsager</c>, <c>afviste</c>.</summary>
    public IEnumerable<string> Keys => _tabeller.Value.Select(t => t.Navn);

    public IEnumerable<DataFrame> Values => Keys.Select(n => this[n]);

    public int Count => _tabeller.Value.Count;

    /// <exception cref="KeyNotFoundException">The command writes no table of that name.</exception>
    public DataFrame this[string key] => TryGetValue(key, out var df) ? df : throw new KeyNotFoundException($"Kørslen har ingen tabel '{key}'; den har {string.Join(", ", Keys)}.");

    public bool ContainsKey(string key) => Find(key) is not null;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out DataFrame value)
    {
        if (Find(key) is not { } tabel)
        {
            value = null;
            return false;
        }

        var cache = _dataframes.Value;
        lock (cache)
        {
            if (!cache.TryGetValue(key, out value))
            {
                value = Dataframe.Af(tabel);
                cache.Add(key, value);
            }
        }

        return true;
    }

    public IEnumerator<KeyValuePair<string, DataFrame>> GetEnumerator() => Keys.Select(n => KeyValuePair.Create(n, this[n])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Tabel? Find(string navn)
    {
        foreach (var t in _tabeller.Value)
        {
            if (string.Equals(t.Navn, navn, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }
}
