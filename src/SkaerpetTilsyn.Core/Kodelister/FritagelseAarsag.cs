namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>Why a person was fritaget; which of these make dead days is a rule-set choice (<c>doede_aarsager</c>).</summary>
public enum FritagelseAarsag : byte
{
    Barsel,
    Standby,
    Andet,
}
