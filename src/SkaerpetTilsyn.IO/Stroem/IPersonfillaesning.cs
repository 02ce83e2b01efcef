using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>The reading of one person file in its phases, whatever its row type: the first pass, the stream, the counts.</summary>
internal interface IPersonfillaesning : IDisposable
{
    /// <summary>The file's size in bytes as stored, so the largest files can start first.</summary>
    long Stoerrelse { get; }

    /// <summary>The first pass (<see cref="Personfillaesning{TLaeser, TRaekke}.Forscan"/>): hash, order, rows set aside; and for a file in no order, every row grouped.</summary>
    void Forscan();

    /// <summary>The file person by person, after <see cref="Forscan"/>.</summary>
    IPersonmarkoer Aabn(bool egenTraad);

    /// <summary>Hands the file's rejected rows (by line), counts and order to the reading; call once every person has been taken.</summary>
    void Afslut(Indlaesning indlaesning);
}
