using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Sammenligning;

/// <summary>Runs the annual opgørelse under two rule sets over one pass of the persons (SPEC §7 "Outputs of diff").</summary>
public static class Regelsammenligning
{
    /// <summary>Measures every person once per rule set in the same loop, then decides data year <paramref name="aar"/> under each.</summary>
    /// <remarks><paramref name="personer"/> is enumerated exactly once, so a streaming source is read once, not once per rule set.</remarks>
    public static Regelsammenligningsresultat Beregn(
        IEnumerable<Persondata> personer,
        int aar,
        Regelsaet a,
        Regelsaet b,
        IReadOnlyList<Benchmarkraekke> benchmark,
        IReadOnlyList<Kommunestatus>? status,
        LocalDate meddelelse)
    {
        ArgumentNullException.ThrowIfNull(personer);
        var januar = new YearMonth(aar, 1);
        var december = new YearMonth(aar, 12);
        var maalerA = new Maaler(a, januar, december, december);
        var maalerB = new Maaler(b, januar, december, december);
        foreach (var person in personer)
        {
            maalerA.MaalPerson(person);
            maalerB.MaalPerson(person);
        }

        return Beregn(maalerA, maalerB, aar, benchmark, status, meddelelse);
    }

    /// <summary>Decides data year <paramref name="aar"/> from two <see cref="Maaler"/>s that measured the same persons, January–December, under rule sets A and B.</summary>
    public static Regelsammenligningsresultat Beregn(
        Maaler maalerA,
        Maaler maalerB,
        int aar,
        IReadOnlyList<Benchmarkraekke> benchmark,
        IReadOnlyList<Kommunestatus>? status,
        LocalDate meddelelse)
    {
        ArgumentNullException.ThrowIfNull(maalerA);
        ArgumentNullException.ThrowIfNull(maalerB);
        var resultatA = Aarsopgoerelse.Beregn(maalerA, aar, benchmark, status, meddelelse);
        var resultatB = Aarsopgoerelse.Beregn(maalerB, aar, benchmark, status, meddelelse);
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
