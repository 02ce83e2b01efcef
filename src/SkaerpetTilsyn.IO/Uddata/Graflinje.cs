namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>A horizontal line across a report chart: a value in percent with its colour, dash pattern and name (shown on hover).</summary>
internal readonly record struct Graflinje(decimal Vaerdi, string Farve, string Streg, string Navn);
