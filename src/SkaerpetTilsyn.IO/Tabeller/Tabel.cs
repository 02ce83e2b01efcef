namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>One result table as the CSV text its writer printed (standard dialect), with each column's type from <see cref="Kolonnetyper"/>.</summary>
/// <remarks>The same text is what <c>NAME.csv</c> holds and what <c>NAME.parquet</c> and a DataFrame are made from, so the three cannot differ.</remarks>
public sealed class Tabel
{
    private readonly string?[][] _raekker;
    private readonly Kolonnetype[] _typer;

    internal Tabel(string navn, string[] kolonner, string?[][] raekker)
    {
        Navn = navn;
        Kolonner = kolonner;
        _raekker = raekker;
        _typer = Array.ConvertAll(kolonner, k => Kolonnetyper.Type(navn, k));
    }

    /// <summary>The file's path below the output folder without its extension, with <c>/</c> between folders: <c>afgoerelser</c>.</summary>
    public string Navn { get; }

    /// <summary>The column names in the CSV's order.</summary>
    public IReadOnlyList<string> Kolonner { get; }

    /// <summary>The number of data rows (the header not counted).</summary>
    public int Antal => _raekker.Length;

    public Kolonnetype Type(int kolonne) => _typer[kolonne];

    /// <summary>The field's text; null when it is empty, which every type reads as NULL.</summary>
    public string? Tekst(int raekke, int kolonne) => _raekker[raekke][kolonne] is { Length: > 0 } t ? t : null;

    /// <summary>The field of a <see cref="Kolonnetype.Heltal"/> column; null when empty.</summary>
    /// <exception cref="InputFejlException">The text is no 32-bit integer.</exception>
    public int? Heltal(int raekke, int kolonne) => Tekst(raekke, kolonne) is { } t ? Feltvaerdi.Heltal(t, Sted(raekke, kolonne)) : null;

    /// <summary>The field of a <see cref="Kolonnetype.Dato"/> column; null when empty.</summary>
    /// <exception cref="InputFejlException">The text is no date <c>yyyy-MM-dd</c>.</exception>
    public DateOnly? Dato(int raekke, int kolonne) => Tekst(raekke, kolonne) is { } t ? Feltvaerdi.Dato(t, Sted(raekke, kolonne)) : null;

    /// <summary>The exact value of a <see cref="Kolonnetype.Procent"/> or <see cref="Kolonnetype.Timer"/> field; null when empty.</summary>
    /// <exception cref="InputFejlException">The text is no decimal.</exception>
    public decimal? Decimal(int raekke, int kolonne) => Tekst(raekke, kolonne) is { } t ? Feltvaerdi.Decimal(t, Sted(raekke, kolonne)) : null;

    private Feltsted Sted(int raekke, int kolonne) => new(Navn, Kolonner[kolonne], raekke + 1);
}
