using SkaerpetTilsyn.IO.Internals.Raekker;

namespace SkaerpetTilsyn.IO.Internals.Stroem;

/// <summary>Makes the reader of one opened person file, typed by its row reader.</summary>
internal interface IPersonfilfabrik<out T>
{
    T Lav<TLaeser, TRaekke>(CsvSource kilde)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : struct;
}
