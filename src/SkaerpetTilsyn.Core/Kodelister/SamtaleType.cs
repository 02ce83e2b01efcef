namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The kind of a held samtale: LAB §§ 31–32 jobsamtale or sygedagpengelovens § 13 b opfølgning.</summary>
public enum SamtaleType : byte
{
    Jobsamtale,
    Sygeopfoelgning,
}
