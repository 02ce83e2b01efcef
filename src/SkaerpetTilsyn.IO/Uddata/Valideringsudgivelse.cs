using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes what <c>valider</c> found (SPEC §7): <c>afviste.csv</c> into a folder, which may hold other files.</summary>
public static class Valideringsudgivelse
{
    /// <summary>Writes <c>afviste.csv</c> atomically into <paramref name="mappe"/>, creating it; with <paramref name="pseudonymer"/>, rejected rows' text is left out.</summary>
    /// <exception cref="InputFejlException">The folder cannot be created or written.</exception>
    public static void Udgiv(string mappe, Indlaesningsrapport rapport, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(mappe);
        ArgumentNullException.ThrowIfNull(rapport);
        var afviste = (pseudonymer is null ? rapport : Pseudonymiserer.Anvend(rapport)).Afviste;
        try
        {
            Directory.CreateDirectory(mappe);
            AfvisteSkriver.Skriv(Path.Combine(mappe, "afviste.csv"), afviste);
        }
        catch (Exception e) when (Filsystemfejl.Er(e))
        {
            throw new InputFejlException($"afviste.csv kan ikke skrives til '{mappe}' ({Filsystemfejl.Aarsag(e)}).", e);
        }
    }
}
