using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Internals;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>
    /// Reads <c>milepaele.csv</c> (SPEC §11.5): <c>kommune,maaned,fm1_maal,fm2_maal</c>, one row per kommune and month, the targets percent from 0 to 100 or empty.
    /// It is a control file like <c>status.csv</c>: the first rejected row stops the run with its file, line and reason (SPEC §9.1).
    /// </summary>
    private static List<Milepael> LaesMilepaele(Reading reading, string sti)
    {
        // Rejections go to a list of their own, so the row that stops the run is known whichever check rejected it.
        List<Afvisning> afviste = [];
        using CsvSource source = reading.Open(sti, afviste);
        int kommune = source.Column("kommune");
        int maaned = source.Column("maaned");
        int fm1 = source.Column("fm1_maal");
        int fm2 = source.Column("fm2_maal");
        Dictionary<(int Kommune, YearMonth Maaned), long> foersteLinje = [];
        List<Milepael> raekker = [];
        while (source.Next())
        {
            if (source.TryKommune(kommune, out int k)
                && TryMaaned(source, maaned, "maaned", out YearMonth m)
                && TryMaal(source, fm1, "fm1_maal", out decimal? maal1)
                && TryMaal(source, fm2, "fm2_maal", out decimal? maal2)
                && !source.IsDuplicate())
            {
                if (!foersteLinje.TryAdd((k, m), source.Line))
                {
                    throw new InputFejlException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{source.Name} linje {source.Line}: kommune {k:D3} har allerede en milepæl for {m:yyyy-MM} i linje {foersteLinje[(k, m)]}."));
                }

                raekker.Add(new Milepael(k, m, maal1, maal2));
            }

            StopVedAfvisning(afviste);
        }

        // A row with the wrong number of fields is rejected inside Next, also the file's last one.
        StopVedAfvisning(afviste);
        reading.Finish(source);
        raekker.Sort(static (x, y) => x.Kommune != y.Kommune ? x.Kommune.CompareTo(y.Kommune) : x.Maaned.CompareTo(y.Maaned));
        return raekker;
    }

    private static void StopVedAfvisning(List<Afvisning> afviste)
    {
        if (afviste.Count > 0)
        {
            var a = afviste[0];
            throw new InputFejlException(string.Create(
                CultureInfo.InvariantCulture,
                $"{a.Fil} linje {a.Linje}: {a.Aarsag}; en milepæl afvises aldrig stille, så ret rækken og kør igen."));
        }
    }

    /// <summary>A month exactly <c>yyyy-MM</c>.</summary>
    private static bool TryMaaned(CsvSource source, int kolonne, string navn, out YearMonth maaned)
    {
        maaned = default;
        if (source.IsEmpty(kolonne))
        {
            return source.Reject($"manglende '{navn}'");
        }

        var r = YearMonthPattern.Iso.Parse(source.Text(kolonne));
        if (!r.Success)
        {
            return source.Reject($"ugyldig måned i '{navn}': '{source.Vist(kolonne)}'");
        }

        maaned = r.Value;
        return true;
    }

    /// <summary>An optional target: empty, or a percent from 0 to 100.</summary>
    private static bool TryMaal(CsvSource source, int kolonne, string navn, out decimal? maal)
    {
        if (!source.TryOptionalNumber(kolonne, navn, out maal))
        {
            return false;
        }

        return maal is not { } v || (v >= 0 && v <= 100) || source.Reject($"'{navn}' skal være en procent fra 0 til 100: '{source.Vist(kolonne)}'");
    }

    private static string FindMilepaeleFil(string sti) =>
        File.Exists(sti) ? sti : throw new InputFejlException($"Milepælsfilen '{sti}' findes ikke.");
}
