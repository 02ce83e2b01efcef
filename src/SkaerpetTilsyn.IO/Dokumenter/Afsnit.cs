namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>One paragraph of a letter: its text (with <c>{{felt}}</c>s before filling) and whether it is a heading.</summary>
internal sealed record Afsnit(string Tekst, Afsnitstype Type = Afsnitstype.Broedtekst);
