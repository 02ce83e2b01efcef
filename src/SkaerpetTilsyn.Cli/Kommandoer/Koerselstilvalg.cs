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
    private readonly Option<int> _traade = Tilvalg.Traade();
    private readonly Option<bool> _overskriv = Tilvalg.Overskriv();
    private readonly Option<string?> _pseudonymiser = Tilvalg.Pseudonymiser();
    private readonly Inddatatilvalg _format;

    /// <summary>Adds the options to <paramref name="kommando"/>, after the command's own.</summary>
    public Koerselstilvalg(Command kommando)
    {
        foreach (Option o in new Option[] { _data, _status, _ud, _strict, _traade, _overskriv, _pseudonymiser })
        {
            kommando.Options.Add(o);
        }

        _format = new Inddatatilvalg(kommando);
    }

    /// <summary>Streams the data folder (with <c>--status</c> when given) to a computation made by <paramref name="nyBeregning"/>; sort runs that do not fit in memory are kept beside <c>--ud</c>.</summary>
    public Laesning<TResultat> Laes<TResultat>(ParseResult r, TextWriter fejl, Indlaesningsvalg valg, Func<IPersonberegning<TResultat>> nyBeregning) =>
        Tilvalg.Laes(r, _data, _strict, _traade, _format, fejl, valg with { StatusFil = r.GetValue(_status), MidlertidigeFilerVed = r.GetRequiredValue(_ud) }, nyBeregning);

    /// <summary>Where and how the outputs are published: <c>--ud</c>, <c>--overskriv</c> and the key of <c>--pseudonymiser</c>, read before the data so a bad key file fails at once.</summary>
    public Udgivelsesvalg Udgivelse(ParseResult r) => new(r.GetRequiredValue(_ud))
    {
        Overskriv = r.GetValue(_overskriv),
        Pseudonymer = Tilvalg.Pseudonymiserer(r, _pseudonymiser),
    };
}
