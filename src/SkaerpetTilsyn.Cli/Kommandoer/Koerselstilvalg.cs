using System.CommandLine;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options of the commands that read a data folder and publish an output folder (<c>opgoerelse</c>, <c>monitor</c>, <c>diff</c>), and what they do with them.</summary>
internal sealed class Koerselstilvalg
{
    private readonly Option<string> _data = Tilvalg.Data();
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
    private readonly Inddatatilvalg _format;

    /// <summary>Adds the options to <paramref name="kommando"/>, after the command's own.</summary>
    public Koerselstilvalg(Command kommando)
    {
        foreach (Option o in new Option[] { _data, _status, _ud, _strict, _maxAfvistePct, _tilladUfuldstaendigeData, _traade, _overskriv, _pseudonymiser })
        {
            kommando.Options.Add(o);
        }

        _format = new Inddatatilvalg(kommando);
    }

    /// <summary>Streams the data folder (with <c>--status</c> when given) to a computation made by <paramref name="nyBeregning"/>.</summary>
    public Laesning<TResultat> Laes<TResultat>(ParseResult r, TextWriter fejl, Indlaesningsvalg valg, Func<IPersonberegning<TResultat>> nyBeregning) =>
        Tilvalg.Laes(r, _data, _strict, _traade, _format, fejl, valg with
        {
            StatusFil = r.GetValue(_status),
            MaxAfvistePct = r.GetValue(_maxAfvistePct),
            TilladUfuldstaendigeData = r.GetValue(_tilladUfuldstaendigeData),
        }, nyBeregning);

    /// <summary>
    /// Where and how the outputs are published: <c>--ud</c>, <c>--overskriv</c> and the key of <c>--pseudonymiser</c>. First <c>--ud</c> is
    /// checked against <c>--data</c> and every file option, these and the command's own <paramref name="filtilvalg"/> (SPEC §9.4); then the key
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

        Udmappekontrol.Kontroller(ud, r.GetRequiredValue(_data), filer);
        return new(ud)
        {
            Overskriv = r.GetValue(_overskriv),
            Pseudonymer = Tilvalg.Pseudonymiserer(r, _pseudonymiser),
        };
    }
}
