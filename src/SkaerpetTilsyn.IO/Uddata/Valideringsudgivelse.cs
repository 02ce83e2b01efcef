using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Tabeller;

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
            AfvisteSkriver.Skriv(Path.Combine(mappe, "afviste.csv"), afviste, CsvDialekt.Standard);
        }
        catch (Exception e) when (Filsystemfejl.Er(e))
        {
            throw new InputFejlException($"afviste.csv kan ikke skrives til '{mappe}' ({Filsystemfejl.Aarsag(e)}).", e);
        }
    }

    /// <summary>What <see cref="Udgiv"/> writes as a table: <c>afviste</c>, the text of its CSV file (SPEC §13.4).</summary>
    public static IReadOnlyList<Tabel> Tabeller(Indlaesningsrapport rapport, Pseudonymiserer? pseudonymer)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var afviste = (pseudonymer is null ? rapport : Pseudonymiserer.Anvend(rapport)).Afviste;
        return CsvDialekt.Saml(d => AfvisteSkriver.Skriv("afviste.csv", afviste, d));
    }
}
