using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>Makes the reader of one opened person file, typed by its row reader, with the row checks in the duplicate mode that reader needs.</summary>
internal interface IPersonfilfabrik<T>
{
    /// <summary>Finds the columns of <paramref name="kilde"/> and makes its reader; the checks' rejected rows go to <paramref name="afviste"/>.</summary>
    (T Laeser, Raekkekontrol Kontrol) Lav<TLaeser, TRaekke>(RecordSource kilde, List<Afvisning> afviste)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : struct;
}
