using System.CommandLine;
using System.Text;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options about the input files' format and content that every command reading data shares: <c>--separator</c>, <c>--encoding</c>, <c>--tillad-cpr</c>.</summary>
internal sealed class Inddatatilvalg
{
    private readonly Option<string> _separator = new("--separator")
    {
        Description = "Feltadskiller i inddata: ',' (standard) eller ';' (dansk Excel)",
        DefaultValueFactory = _ => ",",
    };

    private readonly Option<string> _encoding = new("--encoding")
    {
        Description = "Tegnsæt i inddata: utf8 (standard), latin1 eller windows-1252 (ældre dansk Excel)",
        DefaultValueFactory = _ => "utf8",
    };

    private readonly Option<bool> _tilladCpr = new("--tillad-cpr")
    {
        Description = "Tillad person_id, der ligner CPR-numre (ellers stopper kørslen, så de ikke spredes i resultaterne)",
    };

    public Inddatatilvalg(Command kommando)
    {
        kommando.Options.Add(_separator);
        kommando.Options.Add(_encoding);
        kommando.Options.Add(_tilladCpr);
    }

    /// <summary>The reading options with these three set from the command line.</summary>
    public Indlaesningsvalg Anvend(ParseResult r, Indlaesningsvalg valg) => valg with
    {
        Separator = Separator(r.GetValue(_separator)!),
        Tegnsaet = Tegnsaet(r.GetValue(_encoding)!),
        TilladCpr = r.GetValue(_tilladCpr),
    };

    private static char Separator(string tekst) => tekst switch
    {
        "," => ',',
        ";" => ';',
        "\\t" or "\t" => '\t',
        _ => throw new BrugerFejlException($"--separator skal være ',', ';' eller '\\t', ikke '{tekst}'."),
    };

    private static Encoding? Tegnsaet(string tekst)
    {
        switch (tekst.ToUpperInvariant())
        {
            case "UTF8" or "UTF-8":
                return null;
            case "LATIN1" or "ISO-8859-1":
                return Encoding.Latin1;
            case "WINDOWS-1252" or "CP1252":
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(1252);
            default:
                throw new BrugerFejlException($"--encoding skal være utf8, latin1 eller windows-1252, ikke '{tekst}'.");
        }
    }
}
