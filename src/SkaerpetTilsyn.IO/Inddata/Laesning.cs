namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>The result of a computation over the persons of a data folder, with what reading the folder found.</summary>
public sealed record Laesning<TResultat>(TResultat Resultat, Indlaesningsrapport Rapport);
