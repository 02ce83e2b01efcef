namespace SkaerpetTilsyn.Core.Historik;

/// <summary>A kommune whose path differs between two plans (SPEC §10 <c>--mod</c>, the console summary).</summary>
/// <param name="Foerste">The first year in which its decision differs.</param>
public sealed record Stiafvigelse(Historikdiffraekke Foerste)
{
    public int Kommune => Foerste.Kommune;

    public string Navn => Foerste.Navn;

    public int FoersteAar => Foerste.Aar;
}
