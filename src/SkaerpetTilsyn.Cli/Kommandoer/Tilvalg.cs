using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options several commands share, with Danish help texts.</summary>
internal static class Tilvalg
{
    public static Option<string> Data() => new("--data") { Description = "Mappen med inddata (ydelser.csv, samtaler.csv, tilbud.csv, …)", Required = true };

    public static Option<string> Ud() => new("--ud") { Description = "Mappen som resultaterne skrives til", Required = true };

    public static Option<string> Regler() => new("--regler")
    {
        Description = "Regelsæt: et indbygget navn (bek-301-2023, bek-2019) eller en JSON-fil",
        DefaultValueFactory = _ => "bek-301-2023",
    };

    public static Option<string?> Status() => new("--status") { Description = "status.csv med tilsynsstatus før opgørelsen (ellers DATA/status.csv, hvis den findes)" };

    public static Option<bool> Strict() => new("--strict") { Description = "Stop ved første fejlbehæftede række (udgangskode 2)" };

    /// <summary>Parses a <c>yyyy-MM</c> month option, with a Danish message naming the option when malformed.</summary>
    public static YearMonth Maaned(string tekst, string navn)
    {
        var r = YearMonthPattern.Iso.Parse(tekst);
        return r.Success
            ? r.Value
            : throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"{navn} skal være en måned på formen åååå-mm, ikke '{tekst}'."));
    }

    /// <summary>Parses an ISO date option, with a Danish message naming the option when malformed.</summary>
    public static LocalDate? Dato(string? tekst, string navn)
    {
        if (tekst is null)
        {
            return null;
        }

        var r = LocalDatePattern.Iso.Parse(tekst);
        return r.Success
            ? r.Value
            : throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"{navn} skal være en dato på formen åååå-mm-dd, ikke '{tekst}'."));
    }
}
