using System.Globalization;
using System.Text.RegularExpressions;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Generering;

namespace SkaerpetTilsyn.IO.Tests.Generering;

/// <summary>An independent, slow checker of the SPEC §2 row rules for the generator tests.</summary>
internal static partial class Raekkekontrol
{
    public static readonly string[] Filer = ["ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "fritagelser.csv", "benchmark.csv"];

    public static bool ErGyldig(string fil, string linje)
    {
        string[] f = linje.Split(',');
        if (f.Length != 4 + (fil == "ydelser.csv" ? 1 : 0) || f[0].Length == 0)
        {
            return false;
        }

        return fil switch
        {
            "ydelser.csv" => Kommune(f[1]) && Koder.TryParse(f[2], out Ydelse _) && Periode(f[3], f[4]),
            "samtaler.csv" => Dato(f[1], out _) && Koder.TryParse(f[2], out SamtaleType _) && Koder.TryParse(f[3], out SamtaleForm _),
            "tilbud.csv" => Periode(f[1], f[2]) && Koder.TryParse(f[3], out TilbudType _),
            "timer.csv" => Periode(f[1], f[2]) && Timer().IsMatch(f[3]),
            "fritagelser.csv" => Periode(f[1], f[2]) && Koder.TryParse(f[3], out FritagelseAarsag _),
            "benchmark.csv" => int.TryParse(f[0], out _) && Kommune(f[1]) && Procent().IsMatch(f[2]) && Procent().IsMatch(f[3]),
            _ => false,
        };
    }

    public static bool Dato(string tekst, out DateOnly dato) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dato);

    private static bool Kommune(string tekst) => tekst.Length == 3 && int.TryParse(tekst, out int kode) && Kommunevaegte.Kendt(kode);

    private static bool Periode(string fra, string til)
    {
        if (!Dato(fra, out DateOnly f))
        {
            return false;
        }

        return til.Length == 0 || (Dato(til, out DateOnly t) && t >= f);
    }

    [GeneratedRegex(@"^\d+(\.\d{1,2})?$")]
    private static partial Regex Timer();

    [GeneratedRegex(@"^\d+\.\d$")]
    private static partial Regex Procent();
}
