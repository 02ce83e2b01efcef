using System.CommandLine;
using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options several commands share, with Danish help texts.</summary>
internal static class Tilvalg
{
    public static Option<string> Ud() => new("--ud") { Description = "Mappen som resultaterne skrives til", Required = true };

    public static Option<string> Regler() => new("--regler")
    {
        Description = $"Regelsæt: et indbygget navn ({string.Join(", ", RegelsaetJson.Navne)}) eller en JSON-fil",
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

    /// <summary><c>--aar</c>, the data year (SPEC §9.3: an integer 2000–2099).</summary>
    public static Option<int> Aar(string beskrivelse) => new("--aar")
    {
        Description = beskrivelse,
        Required = true,
        CustomParser = Argumentregler.Parser<int>("--aar", $"et årstal fra {Argumentregler.FoersteAar} til {Argumentregler.SidsteAar}", Argumentregler.Aarstal),
    };

    /// <summary>A month option <c>åååå-mm</c> of the years <c>--aar</c> allows.</summary>
    public static Option<YearMonth> Maaned(string navn, string beskrivelse) => new(navn)
    {
        Description = beskrivelse,
        Required = true,
        CustomParser = Argumentregler.Parser<YearMonth>(
            navn, $"en måned på formen åååå-mm fra {Argumentregler.FoersteAar}-01 til {Argumentregler.SidsteAar}-12", Argumentregler.Maaned),
    };

    /// <summary>An optional date option <c>åååå-mm-dd</c>.</summary>
    public static Option<LocalDate?> Dato(string navn, string beskrivelse) => new(navn)
    {
        Description = beskrivelse,
        CustomParser = Argumentregler.Parser<LocalDate?>(navn, "en dato på formen åååå-mm-dd", Argumentregler.Dato),
    };

    /// <summary><c>--format</c>: whether the result tables become CSV, Parquet or both (SPEC §13.3).</summary>
    public static Option<Uddataformat> Format() => new("--format")
    {
        Description = "Resultattabellerne som csv (standard), parquet (typede kolonner, NAVN.parquet i stedet for NAVN.csv) eller begge",
        HelpName = string.Join('|', Uddataformater.Navne),
        CustomParser = Argumentregler.Parser<Uddataformat>("--format", $"{string.Join(", ", Uddataformater.Navne.SkipLast(1))} eller {Uddataformater.Navne[^1]}", Uddataformater.Fortolk),
    };

    public static Option<bool> Strict() => new("--strict") { Description = "Stop ved første fejlbehæftede række (udgangskode 2)" };

    /// <summary><c>--max-afviste-pct</c> (SPEC §9.1): the share of a person file's rows that may be rejected before the run stops.</summary>
    public static Option<decimal> MaxAfvistePct() => new("--max-afviste-pct")
    {
        Description = "Største andel afviste rækker i procent pr. personfil, før kørslen stopper (standard 1; 100 slår kontrollen fra)",
        DefaultValueFactory = _ => 1m,
        CustomParser = Argumentregler.Parser<decimal>("--max-afviste-pct", "et tal fra 0 til 100, fx 2.5", Argumentregler.Procentsats),
    };

    public static Option<int> Traade() => new("--traade")
    {
        Description = "Antal tråde til indlæsning (standard: alle kerner); resultatet er det samme for alle værdier",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = Argumentregler.Parser("--traade", Argumentregler.HeltalKrav(1), Argumentregler.Heltal(1)),
    };

    /// <summary>Reads the data folder (null: the database of <see cref="Indlaesningsvalg.Database"/>) with the shared options, streaming persons to a computation; notes on stderr when the input was not sorted.</summary>
    public static Laesning<TResultat> Laes<TResultat>(
        ParseResult r,
        string? data,
        Option<bool> strict,
        Option<int> traade,
        Inddatatilvalg format,
        TextWriter fejl,
        Indlaesningsvalg valg,
        Func<IPersonberegning<TResultat>> nyBeregning)
    {
        var laesning = Indlaeser.Laes(data, Indlaesning(r, strict, traade, format, valg), nyBeregning);
        BemaerkRaekkefoelge(laesning.Rapport, fejl);
        VisAdvarsler(laesning.Rapport, fejl);
        return laesning;
    }

    /// <summary>SPEC §9.2: every warning of the reading and the computation on stderr, where a scheduled job's log keeps it.</summary>
    public static void VisAdvarsler(Indlaesningsrapport rapport, TextWriter fejl)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        ArgumentNullException.ThrowIfNull(fejl);
        foreach (string advarsel in rapport.Advarsler)
        {
            fejl.WriteLine($"Advarsel: {advarsel}");
        }
    }

    /// <summary>The reading options with the shared options of the command line set: <c>--strict</c>, <c>--traade</c> and those of <paramref name="format"/>.</summary>
    public static Indlaesningsvalg Indlaesning(ParseResult r, Option<bool> strict, Option<int> traade, Inddatatilvalg format, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(format);
        return format.Anvend(r, valg) with { Strict = r.GetValue(strict), Traade = r.GetValue(traade) };
    }

    /// <summary>Notes on stderr, one sentence per person file that was not in person_id order, what reading it cost.</summary>
    public static void BemaerkRaekkefoelge(Indlaesningsrapport rapport, TextWriter fejl)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        ArgumentNullException.ThrowIfNull(fejl);
        foreach (var f in rapport.Raekkefoelger)
        {
            string raekker = DanskeTal.Heltal(f.RaekkerTilSide);
            string hvor = f.Koersler == 0
                ? "i hukommelsen"
                : $"i {DanskeTal.Heltal(f.Koersler)} sorterede midlertidige filer, fordi de ikke kunne være inden for --hukommelse";
            string? note = f.Raekkefoelge switch
            {
                Raekkefoelge.SeneRaekker =>
                    $"Bemærk: {f.Fil} er sorteret efter person_id bortset fra {raekker} {(f.RaekkerTilSide == 1 ? "række" : "rækker")}, som blev lagt til side {hvor} og flettet ind hos deres person (samme resultat).",
                Raekkefoelge.Usorteret =>
                    $"Bemærk: {f.Fil} er ikke sorteret efter person_id, så dens {raekker} gyldige {(f.RaekkerTilSide == 1 ? "række" : "rækker")} blev samlet pr. person {hvor} (samme resultat, men langsommere end en sorteret fil).",
                _ => null,
            };
            if (note is not null)
            {
                fejl.WriteLine(note);
            }
        }
    }
}
