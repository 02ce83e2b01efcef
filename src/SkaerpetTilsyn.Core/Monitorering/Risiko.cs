using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>The monitoring risk flag (SPEC §7 <c>risiko</c>): a kommune that would be selected (§ 6) if the opgørelse were made on these figures.</summary>
internal static class Risiko
{
    /// <summary>True for a kommune with status <c>ingen</c> whose resultatmål and at least one fokusmål are not met.</summary>
    /// <remarks>Without a benchmark row (<paramref name="resultatmaalOpfyldt"/> null) the resultatmål is not known to fail, so there is no risk flag.</remarks>
    public static bool Flag(Tilsynsstatus status, bool? resultatmaalOpfyldt, bool fm1Opfyldt, bool fm2Opfyldt) =>
        status == Tilsynsstatus.Ingen && resultatmaalOpfyldt == false && !(fm1Opfyldt && fm2Opfyldt);
}
