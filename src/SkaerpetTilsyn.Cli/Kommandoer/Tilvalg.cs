using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

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

    public static Option<bool> Overskriv() => new("--overskriv")
    {
        Description = "Erstat resultaterne af en anden kørsel (anden kommando, andre inddata eller et andet regelsæt) i udmappen",
    };

    public static Option<string?> Pseudonymiser() => new("--pseudonymiser")
    {
        Description = "Nøglefil: erstat person_id i alle resultater med et pseudonym (HMAC-SHA256 med nøglen), så fx passivsager.csv kan deles uden rå id'er",
    };

    /// <summary>The pseudonymiser of <c>--pseudonymiser NØGLEFIL</c>, read before the data so a bad key file fails at once; null without the option.</summary>
    public static Pseudonymiserer? Pseudonymiserer(ParseResult r, Option<string?> tilvalg) =>
        r.GetValue(tilvalg) is { } fil ? IO.Uddata.Pseudonymiserer.FraFil(fil) : null;

    public static Option<bool> Strict() => new("--strict") { Description = "Stop ved første fejlbehæftede række (udgangskode 2)" };

    /// <summary>Parses a month option (<c>åååå-mm</c>), with a Danish message naming the option when malformed.</summary>
    public static YearMonth Maaned(string tekst, string navn)
    {
        var r = YearMonthPattern.Iso.Parse(tekst);
        return r.Success
            ? r.Value
            : throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"{navn} skal være en måned på formen åååå-mm, ikke '{tekst}'."));
    }

    public static Option<int> Traade() => new("--traade")
    {
        Description = "Antal tråde til indlæsning (standard: alle kerner); resultatet er det samme for alle værdier",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>Reads the data folder with the shared options, streaming persons to a computation; notes on stderr when the input was not sorted.</summary>
    public static Laesning<TResultat> Laes<TResultat>(
        ParseResult r,
        Option<string> data,
        Option<bool> strict,
        Option<int> traade,
        Inddatatilvalg format,
        TextWriter fejl,
        Indlaesningsvalg valg,
        Func<IPersonberegning<TResultat>> nyBeregning)
    {
        int antal = r.GetValue(traade);
        if (antal < 1)
        {
            throw new BrugerFejlException(string.Create(CultureInfo.InvariantCulture, $"--traade skal være mindst 1, ikke {antal}."));
        }

        var laesning = Indlaeser.Laes(r.GetRequiredValue(data), format.Anvend(r, valg) with { Strict = r.GetValue(strict), Traade = antal }, nyBeregning);
        BemaerkUsorteret(laesning.Rapport, fejl);
        return laesning;
    }

    /// <summary>Notes on stderr when a person file was not sorted, so reading fell back to memory.</summary>
    public static void BemaerkUsorteret(Indlaesningsrapport rapport, TextWriter fejl)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        ArgumentNullException.ThrowIfNull(fejl);
        if (rapport.UsorteretFil is { } fil)
        {
            fejl.WriteLine($"Bemærk: {fil} er ikke sorteret efter person_id, så alle rækker blev samlet i hukommelsen (samme resultat, men langsommere og mere hukommelse). Sortér efter person_id for at køre hurtigt.");
        }
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
