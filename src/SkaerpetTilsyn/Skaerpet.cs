using NodaTime;
using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Monitorering;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Sammenligning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn;

/// <summary>The engine as a library (SPEC §13.4): one entry per command, which reads the data, computes, publishes the output folder when asked, and returns the result.</summary>
/// <remarks>
/// The <c>skaerpet</c> command runs these same entries, so a notebook, a script and the command line cannot disagree. Bad input throws
/// <see cref="IO.InputFejlException"/>, <see cref="IO.Regler.RegelsaetFejlException"/> or <see cref="DatagrundlagException"/> with one Danish sentence
/// (the command's exit code 2). <see cref="Koersel{TResultat}.Tabeller"/> holds the tables the command writes, whether or not it publishes them.
/// </remarks>
public static class Skaerpet
{
    /// <summary>The annual opgørelse for a data year (<c>skaerpet opgoerelse</c>, SPEC §5).</summary>
    public static Koersel<Opgoerelsesresultat> Opgoerelse(Opgoerelsesvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var meddelelse = valg.Meddelelse ?? Frister.StandardMeddelelse(valg.Aar);
        var (resultat, rapport) = Laes(valg, Indlaesning(valg) with { KraevBenchmark = true }, () => new Aarsberegning(valg.Regler, valg.Aar, meddelelse));
        if (valg.Ud is { } ud)
        {
            Opgoerelsesudgivelse.Udgiv(ud, resultat, rapport, meddelelse, valg.Excel, valg.Dokumenter);
        }

        return new(resultat, rapport, () => Opgoerelsesudgivelse.Tabeller(resultat, rapport, valg.Ud?.Pseudonymer));
    }

    /// <summary>Monthly monitoring from January to a month (<c>skaerpet monitor</c>, SPEC §7).</summary>
    public static Koersel<Monitorresultat> Monitor(Monitorvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var (resultat, rapport) = Laes(valg, Indlaesning(valg) with { KraevBenchmark = true, LaesMilepaele = true }, () => new Monitorberegning(valg.Regler, valg.Til));
        if (valg.Ud is { } ud)
        {
            Monitorudgivelse.Udgiv(ud, resultat, rapport);
        }

        return new(resultat, rapport, () => Monitorudgivelse.Tabeller(resultat, rapport, valg.Ud?.Pseudonymer));
    }

    /// <summary>The opgørelse under two rule sets from one reading of the data (<c>skaerpet diff</c>, SPEC §7).</summary>
    public static Koersel<Regelsammenligningsresultat> Diff(Diffvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var (resultat, rapport) = Laes(
            valg, Indlaesning(valg) with { KraevBenchmark = true }, () => new Regelsammenligning(valg.Aar, valg.Regler, valg.Mod, Frister.StandardMeddelelse(valg.Aar)));
        if (valg.Ud is { } ud)
        {
            Sammenligningsudgivelse.Udgiv(ud, resultat, rapport);
        }

        return new(resultat, rapport, () => Sammenligningsudgivelse.Tabeller(resultat, rapport, valg.Ud?.Pseudonymer));
    }

    /// <summary>Checks the input and computes nothing (<c>skaerpet valider</c>); the result is what was read besides the persons.</summary>
    public static Koersel<Beregningsgrundlag> Valider(Valideringsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        // valider reports the rejected rows and never stops on them (SPEC §9.1).
        var (grundlag, rapport) = Laes(valg, Indlaesning(valg) with { KraevBenchmark = false, StopVedAfviste = false }, () => new Inddatakontrol());
        if (valg.Ud is { } mappe)
        {
            Valideringsudgivelse.Udgiv(mappe, rapport, valg.Pseudonymer);
        }

        return new(grundlag, rapport, () => Valideringsudgivelse.Tabeller(rapport, valg.Pseudonymer));
    }

    /// <summary>Why one person is or is not counted in one month (<c>skaerpet forklar</c>); the result is null when the person is in none of the files.</summary>
    /// <remarks>The data are streamed and only the one person kept, so a national data set is never held in memory. It writes no tables.</remarks>
    public static Koersel<Forklaring?> Forklar(Forklaringsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var (person, rapport) = Laes(valg, Indlaesning(valg) with { KraevBenchmark = false }, () => new Personsoegning(Pseudonymiserer.Soeger(valg.Person, valg.Pseudonymer)));
        var forklaring = person is null ? null
            : valg.SomKendtTil is { } c ? new Forklarer(valg.Regler).Forklar(SomKendtPaa(person, c, valg.Maaned), valg.Maaned) with { SomKendtTil = c }
            : new Forklarer(valg.Regler).Forklar(person, valg.Maaned);
        return new(forklaring, rapport, () => []);
    }

    /// <summary>Who will count against a fokusmål in the horizon months if nothing new happens, and the kommuner's figures then (<c>skaerpet arbejdsliste</c>, SPEC §12).</summary>
    public static Koersel<Arbejdslisteresultat> Arbejdsliste(Arbejdslistevalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var (resultat, rapport) = Laes(
            valg, Indlaesning(valg) with { KraevBenchmark = false }, () => new Arbejdslisteberegning(valg.Regler, valg.Fra, valg.Horisont, valg.Kommuner));
        if (valg.Ud is { } ud)
        {
            Arbejdslisteudgivelse.Udgiv(ud, resultat, rapport);
        }

        return new(resultat, rapport, () => Arbejdslisteudgivelse.Tabeller(resultat, rapport, valg.Ud?.Pseudonymer));
    }

    /// <summary>SPEC §12: the person's rows as known on <paramref name="c"/>, the benefit on C going on to the end of <paramref name="maaned"/> when that is later.</summary>
    private static Persondata SomKendtPaa(Persondata person, LocalDate c, YearMonth maaned)
    {
        var slut = maaned.ToDateInterval().End;
        return new SomKendt(c, slut > c ? slut : c).Afgraens(person);
    }

    private static Indlaesningsvalg Indlaesning(Koerselsvalg valg) =>
        valg.Indlaesning ?? throw new ArgumentNullException(nameof(valg), "Koerselsvalg.Indlaesning is null.");

    /// <summary>Reads <see cref="Koerselsvalg.Data"/> or <see cref="Koerselsvalg.Kilde"/> with <paramref name="indlaesning"/>, the caller's reading options with what the command needs set.</summary>
    private static Laesning<T> Laes<T>(Koerselsvalg valg, Indlaesningsvalg indlaesning, Func<IPersonberegning<T>> nyBeregning)
    {
        if (valg.Kilde is { } kilde)
        {
            indlaesning = indlaesning with { Database = kilde };
        }

        return valg.VedPerson is { } vedPerson
            ? Indlaeser.Laes(valg.Data, indlaesning, () => new Personteller<T>(nyBeregning(), vedPerson))
            : Indlaeser.Laes(valg.Data, indlaesning, nyBeregning);
    }
}
