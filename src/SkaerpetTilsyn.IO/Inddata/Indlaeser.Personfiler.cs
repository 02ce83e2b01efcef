using SkaerpetTilsyn.IO.Internals;
using SkaerpetTilsyn.IO.Internals.Raekker;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads a whole person file into the registry: any row order, de-duplicated over the whole file.</summary>
    private static void LaesIHukommelsen<TLaeser, TRaekke>(CsvSource source, PersonRegistry personer)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : struct
    {
        var laeser = TLaeser.Opret(source);
        while (laeser.Naeste(source, out TRaekke raekke))
        {
            TLaeser.Liste(personer.Find(source.Chars(laeser.PersonKolonne))).Add(raekke);
        }
    }
}
