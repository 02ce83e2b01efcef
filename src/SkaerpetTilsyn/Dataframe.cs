using Microsoft.Data.Analysis;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn;

/// <summary>A result table as a DataFrame: the CSV's columns in its order, typed by <see cref="Kolonnetyper"/>, rows in the CSV's order, empty as null.</summary>
/// <remarks>
/// Heltal is an <see cref="Int32DataFrameColumn"/>, Procent and Timer a <see cref="DecimalDataFrameColumn"/> with the CSV's exact value, Tekst a
/// <see cref="StringDataFrameColumn"/>, and Dato a <see cref="DateTimeDataFrameColumn"/> at midnight (<see cref="DateTimeKind.Unspecified"/>): the
/// package's own date column, which its comparisons, sorting and CSV loading know; it has none for <see cref="DateOnly"/>.
/// </remarks>
internal static class Dataframe
{
    public static DataFrame Af(Tabel tabel)
    {
        var kolonner = new DataFrameColumn[tabel.Kolonner.Count];
        for (int k = 0; k < kolonner.Length; k++)
        {
            kolonner[k] = Kolonne(tabel, k);
        }

        return new DataFrame(kolonner);
    }

    private static DataFrameColumn Kolonne(Tabel t, int k)
    {
        string navn = t.Kolonner[k];
        switch (t.Type(k))
        {
            case Kolonnetype.Heltal:
                return new Int32DataFrameColumn(navn, Vaerdier(t, r => t.Heltal(r, k)));
            case Kolonnetype.Dato:
                return new DateTimeDataFrameColumn(navn, Vaerdier(t, r => t.Dato(r, k)?.ToDateTime(TimeOnly.MinValue)));
            case Kolonnetype.Procent:
            case Kolonnetype.Timer:
                return new DecimalDataFrameColumn(navn, Vaerdier(t, r => t.Decimal(r, k)));
            default:
                return new StringDataFrameColumn(navn, Vaerdier(t, r => t.Tekst(r, k)));
        }
    }

    private static T[] Vaerdier<T>(Tabel t, Func<int, T> vaerdi)
    {
        var v = new T[t.Antal];
        for (int r = 0; r < v.Length; r++)
        {
            v[r] = vaerdi(r);
        }

        return v;
    }
}
