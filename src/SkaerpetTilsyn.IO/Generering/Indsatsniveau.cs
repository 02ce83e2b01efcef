namespace SkaerpetTilsyn.IO.Generering;

/// <summary>How actively a kommune works with its recipients in the synthetic data.</summary>
/// <param name="IndsatsPrAar">Probability that a recipient gets at least one tilbud or hours episode in a year on benefit, in [0, 1).</param>
/// <param name="SamtalerPrAar">Mean number of samtaler per year on benefit, &gt; 0.</param>
public readonly record struct Indsatsniveau(double IndsatsPrAar, double SamtalerPrAar)
{
    /// <summary>Weak on both fokusmål: roughly 45–55 % uden indsats and about half with fewer than 4 samtaler.</summary>
    public static Indsatsniveau Svag { get; } = new(0.45, 3.6);

    /// <summary>A typical kommune that meets both fokusmål.</summary>
    public static Indsatsniveau Normal { get; } = new(0.88, 7);

    /// <summary>A very active kommune.</summary>
    public static Indsatsniveau Staerk { get; } = new(0.96, 10);
}
