namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>How a samtale was held, in the order that breaks same-day ties for the first jobsamtale (SPEC §8.5).</summary>
public enum SamtaleForm : byte
{
    Personligt,
    Telefon,
    Digital,
}
