using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tid;

namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>One person's samtaler, hours and tilbud as sorted day numbers with running sums: the part of a measurement no rule set changes.</summary>
/// <remarks>
/// Reused from person to person: <see cref="Byg"/> once per person. Several <see cref="Personmaaler"/>s (one per rule set) read the same
/// instance, so a person's rows are turned into day numbers once however many rule sets measure them. The lists are never replaced, so a
/// reader may keep references to them.
/// </remarks>
internal sealed class Indsatsdage
{
    private static readonly Comparison<Samtale> s_samtaleOrden = (x, y) =>
    {
        // Date, then form order, so the first jobsamtale found from a date is the one SPEC §8.5 means.
        int c = x.Dato.CompareTo(y.Dato);
        return c != 0 ? c : x.Form.CompareTo(y.Form);
    };

    private static readonly Comparison<(int Til, decimal Timer)> s_timeOrden = (x, y) => x.Til.CompareTo(y.Til);

    /// <summary>The samtaler sorted by date, then form.</summary>
    public List<Samtale> Samtaler { get; } = [];

    /// <summary>The day number of each of <see cref="Samtaler"/>.</summary>
    public List<int> SamtaleDage { get; } = [];

    /// <summary>The hour rows by <c>til</c> (day number), sorted.</summary>
    public List<(int Til, decimal Timer)> Timer { get; } = [];

    /// <summary>TimerFoer[i]: the hours of the rows before index i of <see cref="Timer"/>; one entry more than <see cref="Timer"/>.</summary>
    public List<decimal> TimerFoer { get; } = [];

    public List<TilbudDag> Tilbud { get; } = [];

    public void Byg(Persondata person)
    {
        Samtaler.Clear();
        Samtaler.AddRange(person.Samtaler);
        Samtaler.Sort(s_samtaleOrden);
        SamtaleDage.Clear();
        foreach (var s in Samtaler)
        {
            SamtaleDage.Add(Dag.Nr(s.Dato));
        }

        Timer.Clear();
        foreach (var t in person.Timer)
        {
            Timer.Add((Dag.Nr(t.Til), t.Timer));
        }

        Timer.Sort(s_timeOrden);
        TimerFoer.Clear();
        decimal sum = 0;
        foreach (var (_, timer) in Timer)
        {
            TimerFoer.Add(sum);
            sum += timer;
        }

        TimerFoer.Add(sum);

        Tilbud.Clear();
        foreach (var t in person.Tilbud)
        {
            Tilbud.Add(new TilbudDag(Dag.Nr(t.Fra), Dag.Nr(t.Til), t.Type));
        }
    }

    /// <summary>A tilbud as day numbers.</summary>
    public readonly record struct TilbudDag(int Fra, int Til, TilbudType Type);
}
