using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>SPEC §9.2: whether the data period covers what a computation measures, so an extract that ends too early never passes for a quiet year.</summary>
public static class Datadaekning
{
    /// <summary>The opgørelse for data year <paramref name="aar"/> (also each year of <c>diff</c> and <c>historik</c>): data to 31 December of the year.</summary>
    /// <exception cref="DatagrundlagException">The data end earlier, without <see cref="Beregningsgrundlag.TilladUfuldstaendigeData"/>.</exception>
    public static void KontrollerAar(Beregningsgrundlag grundlag, int aar)
    {
        string opgoerelse = string.Create(CultureInfo.InvariantCulture, $"opgørelsen for {aar}");
        Kontroller(grundlag, Maaleperiode.Aar(aar), opgoerelse, opgoerelse);
    }

    /// <summary>The history of data years <paramref name="fra"/> to <paramref name="til"/> (SPEC §10): data to 31 December of the last; a late start is judged against the first.</summary>
    /// <exception cref="DatagrundlagException">The data end earlier, without <see cref="Beregningsgrundlag.TilladUfuldstaendigeData"/>.</exception>
    public static void KontrollerAarene(Beregningsgrundlag grundlag, int fra, int til) =>
        Kontroller(
            grundlag,
            Maaleperiode.FraTilOgMed(new YearMonth(fra, 1), new YearMonth(til, 12)),
            string.Create(CultureInfo.InvariantCulture, $"opgørelsen for {til}"),
            string.Create(CultureInfo.InvariantCulture, $"opgørelsen for {fra}"));

    /// <summary>Monitoring over the months of <paramref name="maalt"/>, the last of them <c>--til</c>: data to the last day of that month (SPEC §7).</summary>
    /// <exception cref="DatagrundlagException">The data end earlier, without <see cref="Beregningsgrundlag.TilladUfuldstaendigeData"/>.</exception>
    public static void KontrollerTil(Beregningsgrundlag grundlag, Maaleperiode maalt)
    {
        string til = YearMonthPattern.Iso.Format(maalt.Til);
        Kontroller(grundlag, maalt, $"--til {til}", $"overvågningen til {til}");
    }

    /// <summary>The arbejdsliste for <paramref name="horisont"/>: data to C, the last day of the month before its first month (SPEC §12).</summary>
    /// <exception cref="DatagrundlagException">The data end earlier, without <see cref="Beregningsgrundlag.TilladUfuldstaendigeData"/>.</exception>
    public static void KontrollerKendtTil(Beregningsgrundlag grundlag, Maaleperiode horisont)
    {
        string fra = YearMonthPattern.Iso.Format(horisont.Fra);
        Kontroller(grundlag, new Maaleperiode(horisont.Fra.PlusMonths(-1), 1), $"--fra {fra}", $"arbejdslisten fra {fra}");
    }

    /// <summary>
    /// Data must reach the last day of <paramref name="maalt"/>; data that begin after the first day of its first month a year back are a warning,
    /// since a forløb needs a year to enter the målgruppe and forløb that began before the data are unknown.
    /// </summary>
    /// <param name="grundlag">The period, the permission to go on, and where the warnings go.</param>
    /// <param name="maalt">The months measured; the data must reach the end of the last.</param>
    /// <param name="hvad">What needs the data, as the error names it: <c>opgørelsen for 2025</c>, <c>--til 2024-06</c>.</param>
    /// <param name="maaling">The measurement whose målgruppe a late start makes too small: <c>overvågningen til 2024-06</c>.</param>
    private static void Kontroller(Beregningsgrundlag grundlag, Maaleperiode maalt, string hvad, string maaling)
    {
        ArgumentNullException.ThrowIfNull(grundlag);
        var kraevet = maalt.Til.ToDateInterval().End;
        string krav = $"{hvad} kræver data til og med {Dato(kraevet)}";
        var periode = grundlag.Periode;
        if (periode.Slut is not { } slut || slut < kraevet)
        {
            string mangel = periode.Slut is { } s ? $"Data slutter {Dato(s)}; {krav}" : $"Inddata har ingen rækker med datoer; {krav}";
            if (!grundlag.TilladUfuldstaendigeData)
            {
                throw new DatagrundlagException(mangel + ".");
            }

            grundlag.Advarsler.Tilfoej(mangel + ", men kørslen fortsatte med --tillad-ufuldstaendige-data.");
        }

        var senestStart = maalt.Fra.PlusMonths(-12).OnDayOfMonth(1);
        if (periode.Start is { } start && start > senestStart)
        {
            grundlag.Advarsler.Tilfoej(
                $"Data begynder {Dato(start)}, efter {Dato(senestStart)}; forløb, der begyndte før data, kendes ikke, så målgruppen i {maaling} kan være for lille.");
        }
    }

    private static string Dato(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
