using System.Globalization;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>afviste.csv</c> (<c>fil,linje,aarsag,raekke</c>), the rejected input rows in the order given.</summary>
internal static class AfvisteSkriver
{
    public static void Skriv(string sti, IReadOnlyList<Afvisning> afviste, CsvDialekt dialekt)
    {
        ArgumentNullException.ThrowIfNull(afviste);
        CsvUdskriver.SkrivFil(sti, dialekt, udskriver =>
        {
            udskriver.Raekke("fil", "linje", "aarsag", "raekke");
            foreach (Afvisning afvisning in afviste)
            {
                udskriver.Raekke(afvisning.Fil, afvisning.Linje.ToString(CultureInfo.InvariantCulture), afvisning.Aarsag, afvisning.Raekke);
            }
        });
    }
}
