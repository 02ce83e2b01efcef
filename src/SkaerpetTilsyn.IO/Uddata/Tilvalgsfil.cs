namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>An input file a command-line option names, such as <c>--status status_2023.csv</c>, for <see cref="Udmappekontrol"/>.</summary>
public sealed record Tilvalgsfil(string Tilvalg, string Sti);
