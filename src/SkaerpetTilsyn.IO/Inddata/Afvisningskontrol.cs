using System.Globalization;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>
/// SPEC §9.1: after the input is read and before anything is decided, the rejected rows that would make a decision silently wrong stop the run —
/// a rejected status row, a person file with too large a share rejected, a ydelser file without a usable row (in that order).
/// </summary>
internal static class Afvisningskontrol
{
    private static readonly string[] s_personfiler = ["ydelser", "samtaler", "tilbud", "timer", "fritagelser"];

    /// <summary>Stops the run on the first of the three that holds, unless <see cref="Indlaesningsvalg.StopVedAfviste"/> is off (<c>valider</c>).</summary>
    /// <exception cref="InputFejlException">A status row was rejected, too many rows of a person file were, or ydelser has no usable row.</exception>
    public static void Kontroller(Indlaesningsrapport rapport, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        ArgumentNullException.ThrowIfNull(valg);
        if (!valg.StopVedAfviste)
        {
            return;
        }

        KontrollerStatus(rapport, valg.StatusFil is { } fil ? [Path.GetFileName(fil)] : Navne("status", rapport));
        KontrollerAndel(rapport, valg.MaxAfvistePct);
        KontrollerYdelser(rapport);
    }

    /// <summary>How many <c>benchmark.csv</c> rows were rejected and the first of them, or null when none was: a missing row may be among them (SPEC §9.1).</summary>
    public static (long Antal, Afvisning Foerste)? AfvisteBenchmark(Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var navne = Navne("benchmark", rapport);
        var afviste = rapport.Afviste.Where(a => navne.Contains(a.Fil)).ToList();
        return afviste.Count == 0 ? null : (afviste.Count, afviste.MinBy(a => a.Linje)!);
    }

    /// <summary>The benchmark input as it was found and read, such as <c>benchmark.parquet</c> or <c>public.benchmark</c>; <see langword="null"/> when there was none.</summary>
    public static string? Benchmarknavn(Indlaesningsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var navne = Navne("benchmark", rapport);
        return rapport.Filer.FirstOrDefault(f => navne.Contains(f.Navn))?.Navn;
    }

    /// <summary>A status decides a kommune's whole path (SPEC §8.1): a rejected row is never dropped to make the kommune <c>ingen</c>.</summary>
    private static void KontrollerStatus(Indlaesningsrapport rapport, string[] navne)
    {
        var afviste = rapport.Afviste.Where(a => navne.Contains(a.Fil)).ToList();
        if (afviste.Count == 0)
        {
            return;
        }

        var foerste = afviste.MinBy(a => a.Linje)!;
        string flere = afviste.Count == 1 ? "" : $" (og {Antal(afviste.Count - 1, "afvist række", "afviste rækker")} mere)";
        throw new InputFejlException(string.Create(
            CultureInfo.InvariantCulture,
            $"{foerste.Fil} linje {foerste.Linje}: {foerste.Aarsag}{flere}; en afvist statusrække stopper kørslen, for ellers ville kommunen uden varsel få status ingen."));
    }

    /// <summary>Every person file with r of n records rejected where r · 100 / n exceeds the limit, compared exactly.</summary>
    private static void KontrollerAndel(Indlaesningsrapport rapport, decimal maksPct)
    {
        var overskredne = new List<string>();
        foreach (var f in rapport.Filer)
        {
            if (!ErPersonfil(f.Navn, rapport) || f.Laest == 0 || (decimal)f.Afvist * 100 <= maksPct * f.Laest)
            {
                continue;
            }

            var oftest = Afvisningsaarsag.For(rapport.Afviste, f.Navn)[0];
            overskredne.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{f.Navn} {DanskeTal.Heltal(f.Afvist)} af {DanskeTal.Heltal(f.Laest)} ({DanskeTal.Andel(f.Afvist, f.Laest)}), oftest {oftest.Art} ({Antal(oftest.Antal, "gang", "gange")}, første gang i linje {oftest.FoersteLinje})"));
        }

        if (overskredne.Count > 0)
        {
            throw new InputFejlException(
                $"For mange afviste rækker (mere end {DanskeTal.Eksakt(maksPct)} % af en fil): {string.Join("; ", overskredne)} – skaerpet valider lister dem alle, og --max-afviste-pct hæver grænsen.");
        }
    }

    /// <summary>Without a single benefit period there is no målgruppe, and every kommune under tilsyn would silently be decided <c>ophoert</c>.</summary>
    private static void KontrollerYdelser(Indlaesningsrapport rapport)
    {
        var ydelser = Navne("ydelser", rapport);
        var f = rapport.Filer.First(f => ydelser.Contains(f.Navn));
        if (f.Brugt == 0)
        {
            throw new InputFejlException(
                $"{f.Navn} har ingen brugbare rækker ({DanskeTal.Heltal(f.Laest)} læst, {DanskeTal.Heltal(f.Afvist)} afvist), så der er ingen ydelsesforløb at måle; kontrollér udtrækket.");
        }
    }

    private static bool ErPersonfil(string navn, Indlaesningsrapport rapport) => s_personfiler.Any(p => Navne(p, rapport).Contains(navn));

    /// <summary>The names an input can be found under: <c>NAME.csv</c> or <c>NAME.csv.gz</c> (SPEC §2), <c>NAME.parquet</c> (§13.1), and a database's table <c>S.NAME</c> (§13.2).</summary>
    private static string[] Navne(string navn, Indlaesningsrapport rapport) =>
        rapport.Database is { } database
            ? [navn + ".csv", navn + ".csv.gz", navn + Filkilde.ParquetEndelse, database.Skema + "." + navn]
            : [navn + ".csv", navn + ".csv.gz", navn + Filkilde.ParquetEndelse];

    private static string Antal(long n, string en, string flere) => $"{DanskeTal.Heltal(n)} {(n == 1 ? en : flere)}";
}
