namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The decision of an annual opgørelse for one kommune (SPEC §5).</summary>
public enum Afgoerelsestype : byte
{
    Udvalgt,
    IkkeOmfattet,
    Ophoert,
    Forlaenget,
    Administration,
    FortsatAdministration,
}
