using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>One data year measured under one set of measurement keys: January–December's counts and December's passive candidates (SPEC §4, §5).</summary>
/// <remarks>Filled by <see cref="Fleraarsmaaler"/>; every rule set with the same <see cref="Maalingsnoegle"/> decides the year from this one measurement.</remarks>
public sealed class Aarsmaaling
{
    private readonly List<Passivkandidat> _passivkandidater = [];

    internal Aarsmaaling(int aar, Maalingsnoegle noegle)
    {
        Aar = aar;
        Noegle = noegle;
        Taellere = new Maanedstaellere(Maaleperiode.Aar(aar));
    }

    public int Aar { get; }

    public Maalingsnoegle Noegle { get; }

    public Maanedstaellere Taellere { get; }

    /// <summary>The persons in a December målgruppe who are uden indsats or have få samtaler.</summary>
    public IReadOnlyList<Passivkandidat> Passivkandidater => _passivkandidater;

    internal void TilfoejKandidat(Passivkandidat kandidat) => _passivkandidater.Add(kandidat);
}
