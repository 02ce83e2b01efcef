using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>status.csv</c>: a kommune's tilsyn status before (or after) an opgørelse, with the year and fokusmål (percent) that selected it.</summary>
public sealed record Kommunestatus(int Kommune, Tilsynsstatus Status, int? UdvalgtAar, decimal? BasisFm1, decimal? BasisFm2)
{
    public static Kommunestatus Ingen(int kommune) => new(kommune, Tilsynsstatus.Ingen, null, null, null);
}
