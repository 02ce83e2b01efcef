namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>The options of <c>opgoerelse --dokumenter</c> (SPEC §11): template, sample size, seed and pseudonymisation.</summary>
public sealed record Dokumentvalg
{
    /// <summary><c>--skabelon</c>: a Word template for the letters; null for the built-in letter.</summary>
    public string? Skabelon { get; init; }

    /// <summary><c>--stikproeve</c>: the sample size per kommune, at least 0.</summary>
    public int Stikproeve { get; init; } = Core.Sagsgennemgang.Stikproeve.StandardStoerrelse;

    /// <summary><c>--seed</c>: the same for every kommune; null for aar × 1000 + kommune.</summary>
    public long? Seed { get; init; }

    /// <summary><c>--pseudonymiser</c>: what a person_id is shown as; null shows it as given. The sample is always drawn on the raw ids.</summary>
    public Func<string, string>? Pseudonym { get; init; }

    /// <summary>The seed of <paramref name="kommune"/>'s sample.</summary>
    public long SeedFor(int aar, int kommune) => Seed ?? Core.Sagsgennemgang.Stikproeve.StandardSeed(aar, kommune);
}
