namespace SkaerpetTilsyn.Core.Maaling;

/// <summary>Whether a person is in a kommune's målgruppe in a month, or the first condition of SPEC §4 that keeps them out.</summary>
public enum Maalestatus : byte
{
    IMaalgruppe,

    /// <summary>No day of the month with benefit status.</summary>
    IngenYdelse,

    /// <summary>The measurement day is a dead day (barsel, standby).</summary>
    DoedDag,

    /// <summary>The forløb has fewer counted days than <c>min_forloeb_dage</c>.</summary>
    ForKortForloeb,

    /// <summary>Fritaget for <c>fritagelse_max_andel</c> or more of the forløb.</summary>
    Fritaget,
}
