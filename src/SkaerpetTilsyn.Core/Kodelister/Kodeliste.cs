namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>One enum's code list: each value beside its code in the files and, where it has them, its words on screen.</summary>
/// <remarks>Checked when built: every value of <typeparamref name="T"/> appears exactly once and no code twice, so a new enum value without a code fails at start-up, not in a written file.</remarks>
internal sealed class Kodeliste<T>
    where T : struct, Enum
{
    private readonly T[] _vaerdier;
    private readonly string[] _koder;
    private readonly string?[] _tekster;

    /// <summary>A list of codes only.</summary>
    public Kodeliste(params ReadOnlySpan<(T Vaerdi, string Kode)> raekker)
        : this(raekker.Length)
    {
        for (int i = 0; i < raekker.Length; i++)
        {
            (_vaerdier[i], _koder[i]) = raekker[i];
        }

        Kontroller();
    }

    /// <summary>A list of codes with the Danish words shown on screen and in the report.</summary>
    public Kodeliste(params ReadOnlySpan<(T Vaerdi, string Kode, string Tekst)> raekker)
        : this(raekker.Length)
    {
        for (int i = 0; i < raekker.Length; i++)
        {
            (_vaerdier[i], _koder[i], _tekster[i]) = raekker[i];
        }

        Kontroller();
    }

    private Kodeliste(int antal)
    {
        _vaerdier = new T[antal];
        _koder = new string[antal];
        _tekster = new string?[antal];
    }

    /// <summary>Every value, in the list's order.</summary>
    public IReadOnlyList<T> Alle => _vaerdier;

    public string Kode(T vaerdi) => _koder[Plads(vaerdi)];

    /// <summary>The value's words on screen.</summary>
    /// <exception cref="InvalidOperationException">The list has no words for its values.</exception>
    public string Tekst(T vaerdi) =>
        _tekster[Plads(vaerdi)] ?? throw new InvalidOperationException($"Kodelisten for {typeof(T).Name} har ingen tekster.");

    public bool TryParse(ReadOnlySpan<char> kode, out T vaerdi)
    {
        for (int i = 0; i < _koder.Length; i++)
        {
            if (kode.SequenceEqual(_koder[i]))
            {
                vaerdi = _vaerdier[i];
                return true;
            }
        }

        vaerdi = default;
        return false;
    }

    private int Plads(T vaerdi)
    {
        for (int i = 0; i < _vaerdier.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(_vaerdier[i], vaerdi))
            {
                return i;
            }
        }

        return ThrowHelper.UnknownValue<int>(vaerdi);
    }

    private void Kontroller()
    {
        var alle = Enum.GetValues<T>();
        if (_vaerdier.Length != alle.Length || _vaerdier.Distinct().Count() != alle.Length || _koder.Distinct(StringComparer.Ordinal).Count() != _koder.Length)
        {
            throw new InvalidOperationException($"Kodelisten for {typeof(T).Name} skal have hver værdi og hver kode præcis én gang.");
        }
    }
}
