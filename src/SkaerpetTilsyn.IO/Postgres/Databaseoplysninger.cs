namespace SkaerpetTilsyn.IO.Postgres;

/// <summary>The database a run read (SPEC §13.2), as <c>koersel.json</c> records it: where, as whom, and the server's version; never a password.</summary>
public sealed record Databaseoplysninger(string Serverversion, string Skema, string? Vaert, int Port, string? Database, string? Bruger);
