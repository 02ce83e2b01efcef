namespace SkaerpetTilsyn.Core.Kodelister;

/// <summary>The eight benefit groups of bekendtgørelsens § 2 stk. 2, in the spec's code-list order (the order breaks ties and sorts outputs).</summary>
public enum Ydelse : byte
{
    Dagpenge,
    Sygedagpenge,
    Sho,
    Uddannelseshjaelp,
    Kontanthjaelp,
    Revalidering,
    Ressourceforloeb,
    Ledighedsydelse,
}
