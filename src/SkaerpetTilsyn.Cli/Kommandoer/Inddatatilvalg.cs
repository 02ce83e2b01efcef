using System.CommandLine;
using System.Text;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>The options about the input files' format and content that every command reading data shares: <c>--separator</c>, <c>--encoding</c>, <c>--tillad-cpr</c>, <c>--hukommelse</c>.</summary>
internal sealed class Inddatatilvalg
{
    /// <summary>The smallest <c>--hukommelse</c> in MB: the runtime alone takes more.</summary>
    private const int MindsteHukommelse = 16;

    private readonly Option<char> _separator = new("--separator")
    {
        Description = "Feltadskiller i inddata: ',' (standard) eller ';' (dansk Excel)",
        DefaultValueFactory = _ => ',',
        CustomParser = Argumentregler.Parser<char>("--separator", "',', ';' eller '\\t'", Separator),
    };

    private readonly Option<Tegnsaet> _encoding = new("--encoding")
    {
        Description = "Tegnsæt i inddata: utf8 (standard), latin1 eller windows-1252 (ældre dansk Excel)",
        DefaultValueFactory = _ => Tegnsaet.Utf8,
        CustomParser = Argumentregler.Parser<Tegnsaet>("--encoding", "utf8, latin1 eller windows-1252", Tegnsaet.Fortolk),
    };

    private readonly Option<bool> _tilladCpr = new("--tillad-cpr")
    {
        Description = "Tillad person_id, der ligner CPR-numre (ellers stopper kørslen, så de ikke spredes i resultaterne)",
    };

    private readonly Option<int> _hukommelse = new("--hukommelse")
    {
        Description = "Hukommelse i MB til indlæsningen (standard: 512); rækker i en fil, der ikke er sorteret efter person_id, sorteres ud over den i midlertidige filer. Resultatet er det samme for alle værdier",
        DefaultValueFactory = _ => (int)(Indlaesningsvalg.StandardHukommelse >> 20),
        CustomParser = Argumentregler.Parser("--hukommelse", Argumentregler.HeltalKrav(MindsteHukommelse), Argumentregler.Heltal(MindsteHukommelse, 1 << 20)),
    };

    public Inddatatilvalg(Command kommando)
    {
        kommando.Options.Add(_separator);
        kommando.Options.Add(_encoding);
        kommando.Options.Add(_tilladCpr);
        kommando.Options.Add(_hukommelse);
    }

    /// <summary>The reading options with these four set from the command line.</summary>
    public Indlaesningsvalg Anvend(ParseResult r, Indlaesningsvalg valg) => valg with
    {
        Separator = r.GetValue(_separator),
        Tegnsaet = r.GetValue(_encoding)!.Kodning,
        TilladCpr = r.GetValue(_tilladCpr),
        Hukommelse = (long)r.GetValue(_hukommelse) << 20,
    };

    private static bool Separator(string tekst, out char separator)
    {
        separator = tekst switch
        {
            "," => ',',
            ";" => ';',
            "\\t" or "\t" => '\t',
            _ => '\0',
        };
        return separator != '\0';
    }

    /// <summary>An input encoding by the name the option takes; its name is what help shows as the default.</summary>
    private sealed record Tegnsaet(string Navn, Encoding? Kodning)
    {
        /// <summary>UTF-8, which the reader decodes itself (no <see cref="Encoding"/>).</summary>
        public static Tegnsaet Utf8 { get; } = new("utf8", null);

        public static bool Fortolk(string tekst, out Tegnsaet tegnsaet)
        {
            tegnsaet = tekst.ToUpperInvariant() switch
            {
                "UTF8" or "UTF-8" => Utf8,
                "LATIN1" or "ISO-8859-1" => new(tekst, Encoding.Latin1),
                "WINDOWS-1252" or "CP1252" => new(tekst, Windows1252()),
                _ => null!,
            };
            return tegnsaet is not null;
        }

        public override string ToString() => Navn;

        private static Encoding Windows1252()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
