using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn;

/// <summary>What one command returns (SPEC §13.4): its result from Core, what reading the data found, and its result tables as DataFrames.</summary>
public sealed class Koersel<TResultat>
{
    private readonly Func<IReadOnlyList<Tabel>> _tabelkilde;
    private Resultattabeller? _tabeller;

    internal Koersel(TResultat resultat, Indlaesningsrapport rapport, Func<IReadOnlyList<Tabel>> tabeller)
    {
        Resultat = resultat;
        Rapport = rapport;
        _tabelkilde = tabeller;
    }

    /// <summary>The computation's result, e.g. the opgørelse's decisions and monthly counts.</summary>
    public TResultat Resultat { get; }

    /// <summary>Every input file's counts, the rejected rows, the warnings and the data period.</summary>
    public Indlaesningsrapport Rapport { get; }

    /// <summary>Gives the result and the report, as in <c>var (resultat, rapport) = Skaerpet.Monitor(valg);</c>.</summary>
    public void Deconstruct(out TResultat resultat, out Indlaesningsrapport rapport)
    {
        resultat = Resultat;
        rapport = Rapport;
    }

    /// <summary>Each table the command writes as CSV, by file name without <c>.csv</c> (<c>afgoerelser</c>), as a DataFrame with the CSV's columns, types and row order.</summary>
    /// <remarks>Made on first use, so a run that never asks (the command line) loads no DataFrame code.</remarks>
    public Resultattabeller Tabeller => LazyInitializer.EnsureInitialized(ref _tabeller, () => new Resultattabeller(_tabelkilde));
}
