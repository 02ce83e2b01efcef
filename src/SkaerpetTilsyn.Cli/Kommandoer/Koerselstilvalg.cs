using System.CommandLine;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options of the commands that read a data folder and publish an output folder (<c>opgoerelse</c>, <c>monitor</c>, <c>diff</c>), and what they do with them.</summary>
/// <remarks>A command that takes these gets <c>--format</c> too, and its <see cref="Udgivelse"/> carries it to the publication.</remarks>
internal sealed class Koerselstilvalg
{
    private readonly Option<string> _data = Tilvalg.Data();
    private readonly Option<string?> _status = Tilvalg.Status();
    private readonly Option<string> _ud = Tilvalg.Ud();
    private readonly Option<bool> _strict = Tilvalg.Strict();
    private readonly Option<int> _traade = Tilvalg.Traade();
    private readonly Option<bool> _overskriv = Tilvalg.Overskriv();
    private readonly Option<string?> _pseudonymiser = Tilvalg.Pseudonymiser();
    private readonly Option<Uddataformat> _uddataformat = Tilvalg.Format();
    private readonly Inddatatilvalg _format;

    /// <summary>Adds the options to <paramref name="kommando"/>, after the command's own.</summary>
    public Koerselstilvalg(Command kommando)
    {
        foreach (Option o in new Option[] { _data, _status, _ud, _strict, _traade, _overskriv, _pseudonymiser })
        {
            kommando.Options.Add(o);
        }

        kommando.Options.Add(_uddataformat);
        _format = new Inddatatilvalg(kommando);
    }

    /// <summary><c>--format</c>, for a command's rule between it and its own options.</summary>
    public Option<Uddataformat> Uddataformat => _uddataformat;

    /// <summary>The data folder, <c>--data</c>.</summary>
    public string Data(ParseResult r) => r.GetRequiredValue(_data);

    /// <summary>How the data folder is read: <paramref name="valg"/> with <c>--status</c>, <c>--strict</c>, <c>--traade</c> and the input format's options; sort runs that do not fit in memory are kept beside <c>--ud</c>.</summary>
    public Indlaesningsvalg Indlaesning(ParseResult r, Indlaesningsvalg valg) =>
        Tilvalg.Indlaesning(r, _strict, _traade, _format, valg with { StatusFil = r.GetValue(_status), MidlertidigeFilerVed = r.GetRequiredValue(_ud) });

    /// <summary>Streams the data folder (with <c>--status</c> when given) to a computation made by <paramref name="nyBeregning"/>; sort runs that do not fit in memory are kept beside <c>--ud</c>.</summary>
    public Laesning<TResultat> Laes<TResultat>(ParseResult r, TextWriter fejl, Indlaesningsvalg valg, Func<IPersonberegning<TResultat>> nyBeregning) =>
        Tilvalg.Laes(r, _data, _strict, _traade, _format, fejl, valg with { StatusFil = r.GetValue(_status), MidlertidigeFilerVed = r.GetRequiredValue(_ud) }, nyBeregning);

    /// <summary>Where and how the outputs are published: <c>--ud</c>, <c>--overskriv</c>, <c>--format</c> and the key of <c>--pseudonymiser</c>, read before the data so a bad key file fails at once.</summary>
    public Udgivelsesvalg Udgivelse(ParseResult r) => new(r.GetRequiredValue(_ud))
    {
        Overskriv = r.GetValue(_overskriv),
        Pseudonymer = Tilvalg.Pseudonymiserer(r, _pseudonymiser),
        Format = r.GetValue(_uddataformat),
    };
}
