using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Forklaring;

/// <summary>Finds one person in a stream of persons and keeps a copy of their rows (<c>skaerpet forklar</c>), so a national data set is never held in memory.</summary>
/// <param name="erSoegt">Whether a person_id is the one sought (an id, or a pseudonym's preimage).</param>
public sealed class Personsoegning(Func<string, bool> erSoegt) : IPersonberegning<Persondata?>
{
    private Persondata? _fundet;

    public void Tag(Persondata person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (erSoegt(person.PersonId))
        {
            _fundet = person.Kopi();
        }
    }

    /// <summary>The person found, or null.</summary>
    public Persondata? Afslut(Beregningsgrundlag grundlag) => _fundet;
}
