namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>How a fokusmål stands in a letter: active or not in the rule set, with a figure or without a målgruppe.</summary>
internal enum Maalvariant : byte
{
    Maalt,
    Udefineret,
    Inaktiv,
    InaktivUdefineret,
}
