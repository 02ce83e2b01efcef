namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>A person in a December målgruppe who is uden indsats or has få samtaler: a passivsag if the kommune ends under administration and the ydelse fails (SPEC §5, §8.12).</summary>
public sealed record Passivkandidat(string PersonId, Personmaaling Maaling);
