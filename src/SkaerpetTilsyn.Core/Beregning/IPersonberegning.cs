using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.Core.Beregning;

/// <summary>A computation that takes persons one at a time and then finishes into a result: the one shape every command's work has.</summary>
/// <remarks>
/// A reader hands every person to <see cref="Tag"/> exactly once and then calls <see cref="Afslut"/> once. The
/// <see cref="Persondata"/> handed over is reused for the next person, so an implementation copies what it keeps.
/// </remarks>
public interface IPersonberegning<out TResultat>
{
    /// <summary>Takes one person's valid rows into the computation.</summary>
    void Tag(Persondata person);

    /// <summary>Finishes the computation with the data read besides the persons.</summary>
    /// <exception cref="DatagrundlagException">The data cannot support the computation (SPEC §8.6, §9.2).</exception>
    TResultat Afslut(Beregningsgrundlag grundlag);
}
