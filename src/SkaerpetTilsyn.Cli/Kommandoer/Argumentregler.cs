using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SkaerpetTilsyn.Cli.Kommandoer;

/// <summary>SPEC §9.3: what an option's value must be, checked while parsing so a bad value is a usage error naming the option (exit 2).</summary>
/// <remarks>The years are bounded so that no date computation on them can leave NodaTime's range.</remarks>
internal static class Argumentregler
{
    public const int FoersteAar = 2000;
    public const int SidsteAar = 2099;

    /// <summary>Reads one text value into a <typeparamref name="T"/>; false when the text is not one.</summary>
    public delegate bool Fortolker<T>(string tekst, out T vaerdi);

    /// <summary>An integer year from <see cref="FoersteAar"/> to <see cref="SidsteAar"/>.</summary>
    public static bool Aarstal(string tekst, out int aar) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out aar) && aar is >= FoersteAar and <= SidsteAar;

    /// <summary>An integer from <paramref name="mindst"/> to <paramref name="hoejst"/>.</summary>
    public static Fortolker<int> Heltal(int mindst, int hoejst = int.MaxValue) => (string tekst, out int v) =>
        int.TryParse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v) && v >= mindst && v <= hoejst;

    /// <summary>What <see cref="Heltal"/> asks for, in words.</summary>
    public static string HeltalKrav(int mindst) => string.Create(CultureInfo.InvariantCulture, $"et heltal på mindst {mindst}");

    /// <summary>A percentage from 0 to 100 written as in the input files (<c>-?digits(.digits)?</c>, SPEC §8.1): <c>1</c>, <c>2.5</c>.</summary>
    public static bool Procentsats(string tekst, out decimal procent) =>
        decimal.TryParse(tekst, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out procent)
        && !tekst.StartsWith('.') && !tekst.EndsWith('.') && procent is >= 0 and <= 100;

    /// <summary>A month <c>yyyy-MM</c> of those years.</summary>
    public static bool Maaned(string tekst, out YearMonth maaned)
    {
        var r = YearMonthPattern.Iso.Parse(tekst);
        maaned = r.Success ? r.Value : default;
        return r.Success && maaned.Year is >= FoersteAar and <= SidsteAar;
    }

    /// <summary>A date <c>yyyy-MM-dd</c>; whether its year fits is the command's rule (<c>--meddelelse</c> in the year after <c>--aar</c>).</summary>
    public static bool Dato(string tekst, out LocalDate? dato)
    {
        var r = LocalDatePattern.Iso.Parse(tekst);
        dato = r.Success ? r.Value : null;
        return r.Success;
    }

    /// <summary>A parser for an option's one value that reports, in Danish, what <paramref name="navn"/> must be.</summary>
    public static Func<ArgumentResult, T?> Parser<T>(string navn, string krav, Fortolker<T> fortolk) => r =>
    {
        string tekst = r.Tokens.Count == 0 ? "" : r.Tokens[0].Value;
        if (fortolk(tekst, out T vaerdi))
        {
            return vaerdi;
        }

        r.AddError($"{navn} skal være {krav}, ikke '{tekst}'.");
        return default;
    };

    /// <summary>The value of <paramref name="tilvalg"/> when it was given or has a default and was read without error, for rules between options (a command's validator).</summary>
    /// <remarks>A value with an error has its own message already; the rule between options then says nothing.</remarks>
    public static bool Laest<T>(CommandResult kommando, Option<T> tilvalg, out T vaerdi)
    {
        ArgumentNullException.ThrowIfNull(kommando);
        vaerdi = default!;
        if (kommando.GetResult(tilvalg) is null)
        {
            return false;
        }

        try
        {
            vaerdi = kommando.GetValue(tilvalg)!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // The library's way of saying the value has an error.
            return false;
        }
    }
}
