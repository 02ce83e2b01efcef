using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>
    /// Reads <c>milepaele.csv</c> (SPEC §11.5): <c>kommune,maaned,fm1_maal,fm2_maal</c>, one row per kommune and month, the targets percent from 0 to 100 or empty.
    /// It is a control file like <c>status.csv</c>: the first rejected row stops the run with its file, line and reason (SPEC §9.1).
    /// </summary>
    private static List<Milepael> LaesMilepaele(Indlaesning indlaesning, string sti)
    {
        using RecordSource kilde = indlaesning.Aabn(sti);
        var kontrol = indlaesning.Kontrol(kilde, Dubletkontrol.HeleFilen());
        int kommune = kilde.Column("kommune");
        int maaned = kilde.Column("maaned");
        int fm1 = kilde.Column("fm1_maal");
        int fm2 = kilde.Column("fm2_maal");

        // Any rejection of this file, by a field check or by the framing (a row with the wrong number of fields), stops the run.
        int afvistFoer = indlaesning.Afviste.Count;
        Dictionary<(int Kommune, YearMonth Maaned), long> foersteLinje = [];
        List<Milepael> raekker = [];
        while (kontrol.Naeste())
        {
            StopVedAfvisning(indlaesning.Afviste, afvistFoer);
            if (kontrol.TryKommune(kommune, out int k)
                && TryMaaned(kontrol, maaned, "maaned", out YearMonth m)
                && TryMaal(kontrol, fm1, "fm1_maal", out decimal? maal1)
                && TryMaal(kontrol, fm2, "fm2_maal", out decimal? maal2)
                && !kontrol.ErDublet())
            {
                if (!foersteLinje.TryAdd((k, m), kontrol.Linje))
                {
                    throw new InputFejlException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{kontrol.Navn} linje {kontrol.Linje}: kommune {k:D3} har allerede en milepæl for {m:yyyy-MM} i linje {foersteLinje[(k, m)]}."));
                }

                raekker.Add(new Milepael(k, m, maal1, maal2));
            }

            StopVedAfvisning(indlaesning.Afviste, afvistFoer);
        }

        StopVedAfvisning(indlaesning.Afviste, afvistFoer);
        indlaesning.Afslut(kontrol);
        raekker.Sort(static (x, y) => x.Kommune != y.Kommune ? x.Kommune.CompareTo(y.Kommune) : x.Maaned.CompareTo(y.Maaned));
        return raekker;
    }

    private static void StopVedAfvisning(List<Afvisning> afviste, int foer)
    {
        if (afviste.Count > foer)
        {
            var a = afviste[foer];
            throw new InputFejlException(string.Create(
                CultureInfo.InvariantCulture,
                $"{a.Fil} linje {a.Linje}: {a.Aarsag}; en milepæl afvises aldrig stille, så ret rækken og kør igen."));
        }
    }

    /// <summary>A month exactly <c>yyyy-MM</c>.</summary>
    private static bool TryMaaned(Raekkekontrol kontrol, int kolonne, string navn, out YearMonth maaned)
    {
        maaned = default;
        if (kontrol.ErTom(kolonne))
        {
            return kontrol.Afvis($"manglende '{navn}'");
        }

        var r = YearMonthPattern.Iso.Parse(kontrol.Tekst(kolonne));
        if (!r.Success)
        {
            return kontrol.Afvis($"ugyldig måned i '{navn}': '{kontrol.Vist(kolonne)}'");
        }

        maaned = r.Value;
        return true;
    }

    /// <summary>An optional target: empty, or a percent from 0 to 100.</summary>
    private static bool TryMaal(Raekkekontrol kontrol, int kolonne, string navn, out decimal? maal)
    {
        if (!kontrol.TryValgfritTal(kolonne, navn, out maal))
        {
            return false;
        }

        return maal is not { } v || (v >= 0 && v <= 100) || kontrol.Afvis($"'{navn}' skal være en procent fra 0 til 100: '{kontrol.Vist(kolonne)}'");
    }
}
