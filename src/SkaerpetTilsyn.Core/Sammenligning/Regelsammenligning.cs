using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Sammenligning;

/// <summary>The annual opgørelse under two rule sets over one pass of the persons (SPEC §7 "Outputs of diff").</summary>
/// <remarks>Each person is measured under both rule sets as it comes by, so a streaming source is read once, not once per rule set.</remarks>
public sealed class Regelsammenligning : IPersonberegning<Regelsammenligningsresultat>
{
    private readonly Aarsberegning _a;
    private readonly Aarsberegning _b;

    public Regelsammenligning(int aar, Regelsaet a, Regelsaet b, LocalDate meddelelse)
    {
        _a = new Aarsberegning(a, aar, meddelelse);
        _b = new Aarsberegning(b, aar, meddelelse);
    }

    public void Tag(Persondata person)
    {
        _a.Tag(person);
        _b.Tag(person);
    }

    public Regelsammenligningsresultat Afslut(Beregningsgrundlag grundlag)
    {
        var resultatA = _a.Afslut(grundlag);
        var resultatB = _b.Afslut(grundlag);
        var afgoerelserA = resultatA.Afgoerelser.ToDictionary(x => x.Kommune);
        var afgoerelserB = resultatB.Afgoerelser.ToDictionary(x => x.Kommune);
        var kommuner = new SortedSet<int>(afgoerelserA.Keys);
        kommuner.UnionWith(afgoerelserB.Keys);
        var raekker = kommuner
            .Select(k => new Regelsammenligningsraekke(k, Kommuneliste.Navn(k), afgoerelserA.GetValueOrDefault(k), afgoerelserB.GetValueOrDefault(k)))
            .ToList();
        return new Regelsammenligningsresultat(resultatA, resultatB, raekker);
    }
}
