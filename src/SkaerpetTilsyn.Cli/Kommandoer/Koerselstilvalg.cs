using System.CommandLine;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options of the commands that read a data folder and publish an output folder (<c>opgoerelse</c>, <c>monitor</c>, <c>diff</c>), and what they do with them.</summary>
/// <remarks>A command that takes these gets <c>--format</c> too, and its <see cref="Udgivelse"/> carries it to the publication.</remarks>
internal sealed class Koerselstilvalg
{
    private readonly Option<string?> _status = Tilvalg.Status();
    private readonly Option<string> _ud = Tilvalg.Ud();
    private readonly Option<bool> _strict = Tilvalg.Strict();
    private readonly Option<decimal> _maxAfvistePct = Tilvalg.MaxAfvistePct();
    private readonly Option<bool> _tilladUfuldstaendigeData = new("--tillad-ufuldstaendige-data")
    {
        Description = "Fortsæt med en advarsel, når data slutter før det, der beregnes (ellers udgangskode 2)",
    };

    private readonly Option<int> _traade = Tilvalg.Traade();
    private readonly Option<bool> _overskriv = Tilvalg.Overskriv();
    private readonly Option<string?> _pseudonymiser = Tilvalg.Pseudonymiser();
    private readonly Option<Uddataformat> _uddataformat = Tilvalg.Format();
    private readonly Inddatatilvalg _format;
    private readonly Kildetilvalg _kilde;

    /// <summary>Adds the options to <paramref name="kommando"/>, after the command's own.</summary>
    public Koerselstilvalg(Command kommando)
    {
        _kilde = new Kildetilvalg(kommando);
        foreach (Option o in new Option[] { _status, _ud, _strict, _maxAfvistePct, _tilladUfuldstaendigeData, _traade, _overskriv, _pseudonymiser })
        {
            kommando.Options.Add(o);
        }

        kommando.Options.Add(_uddataformat);
        _format = new Inddatatilvalg(kommando);
    }

    /// <summary><c>--format</c>, for a command's rule between it and its own options.</summary>
    public Option<Uddataformat> Uddataformat => _uddataformat;

    /// <summary>The data folder, <c>--data</c>; null when <c>--kilde</c> names a database, which <see cref="Indlaesning"/> and <see cref="Laes"/> then read.</summary>
    public string? Data(ParseResult r) => _kilde.Data(r);

    /// <summary>
    /// How the data folder is read: <paramref name="valg"/> with <c>--status</c>, <c>--max-afviste-pct</c>, <c>--tillad-ufuldstaendige-data</c>,
    /// <c>--strict</c>, <c>--traade</c> and the input format's options; sort runs that do not fit in memory are kept beside <c>--ud</c>.
    /// </summary>
    public Indlaesningsvalg Indlaesning(ParseResult r, Indlaesningsvalg valg) => Tilvalg.Indlaesning(r, _strict, _traade, _format, Egne(r, valg));

    /// <summary>Streams the data folder (with <c>--status</c> when given) to a computation made by <paramref name="nyBeregning"/>; sort runs that do not fit in memory are kept beside <c>--ud</c>.</summary>
    public Laesning<TResultat> Laes<TResultat>(ParseResult r, TextWriter fejl, Indlaesningsvalg valg, Func<IPersonberegning<TResultat>> nyBeregning) =>
        Tilvalg.Laes(r, _kilde.Data(r), _strict, _traade, _format, fejl, Egne(r, valg), nyBeregning);

    /// <summary>
    /// Where and how the outputs are published: <c>--ud</c>, <c>--overskriv</c> and the key of <c>--pseudonymiser</c>. First <c>--ud</c> is
    /// checked against <c>--data</c> (there is none with <c>--kilde</c>) and every file option, these and the command's own <paramref name="filtilvalg"/> (SPEC §9.4); then the key
    /// is read, both before the data, so a mistake fails at once.
    /// </summary>
    public Udgivelsesvalg Udgivelse(ParseResult r, params Option[] filtilvalg)
    {
        string ud = r.GetRequiredValue(_ud);
        var filer = new List<Tilvalgsfil>();
        foreach (var o in filtilvalg.Prepend(_pseudonymiser).Prepend(_status))
        {
            // A rule set may be a built-in name; only a value that names a file can be lost.
            if (r.GetResult(o)?.GetValueOrDefault<string?>() is { } sti && File.Exists(sti))
            {
                filer.Add(new Tilvalgsfil(o.Name, sti));
            }
        }

        Udmappekontrol.Kontroller(ud, _kilde.Data(r), filer);
        return new(ud)
        {
            Overskriv = r.GetValue(_overskriv),
            Pseudonymer = Tilvalg.Pseudonymiserer(r, _pseudonymiser),
            Format = r.GetValue(_uddataformat),
        };
    }

    private Indlaesningsvalg Egne(ParseResult r, Indlaesningsvalg valg) => _kilde.Anvend(r, valg) with
    {
        StatusFil = r.GetValue(_status),
        MaxAfvistePct = r.GetValue(_maxAfvistePct),
        TilladUfuldstaendigeData = r.GetValue(_tilladUfuldstaendigeData),
        MidlertidigeFilerVed = r.GetRequiredValue(_ud),
    };
}
