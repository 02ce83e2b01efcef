namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>benchmark.csv</c>: faktisk and forventet ydelsesgrad in percent, with the text as given (echoed in outputs).</summary>
public sealed record Benchmarkraekke(int Aar, int Kommune, decimal Faktisk, decimal Forventet, string FaktiskTekst, string ForventetTekst)
{
    /// <summary>§ 4: the resultatmål is met when the faktisk ydelsesgrad is at most the forventet (SPEC §5).</summary>
    public bool ResultatmaalOpfyldt => Faktisk <= Forventet;
}
