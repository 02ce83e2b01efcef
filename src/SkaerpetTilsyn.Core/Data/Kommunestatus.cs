using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Data;

/// <summary>One row of <c>status.csv</c>: a kommune's tilsyn status before (or after) an opgørelse, with the year and fokusmål (percent) that selected it.</summary>
public sealed record Kommunestatus(int Kommune, Tilsynsstatus Status, int? UdvalgtAar, decimal? BasisFm1, decimal? BasisFm2)
{
    /// <summary>The date of the meddelelse that set this status (SPEC §11.3); null when unknown.</summary>
    public LocalDate? Meddelt { get; init; }

    public static Kommunestatus Ingen(int kommune) => new(kommune, Tilsynsstatus.Ingen, null, null, null);

    /// <summary>The basis of <paramref name="fokusmaal"/>, percent as written in <c>status.csv</c>.</summary>
    public decimal? Basis(Fokusmaal fokusmaal) => fokusmaal switch
    {
        Fokusmaal.Fm1 => BasisFm1,
        Fokusmaal.Fm2 => BasisFm2,
        _ => ThrowHelper.UnknownValue<decimal?>(fokusmaal),
    };
}
