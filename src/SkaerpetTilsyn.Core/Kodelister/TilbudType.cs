namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The kinds of beskæftigelsesrettet tilbud; <see cref="OevrigVejledning"/> is LAB § 91.</summary>
public enum TilbudType : byte
{
    Virksomhedspraktik,
    Loentilskud,
    Nytteindsats,
    Vejledning,
    OevrigVejledning,
}
