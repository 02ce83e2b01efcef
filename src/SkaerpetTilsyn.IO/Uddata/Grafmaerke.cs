namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>A mark at one month of a report chart, such as a milestone: the month (1–12), a value in percent, its colour and name (shown on hover).</summary>
internal readonly record struct Grafmaerke(int Maaned, decimal Vaerdi, string Farve, string Navn);
