using System.Globalization;
using Microsoft.Data.Analysis;
using SkaerpetTilsyn.Cli.Tests;
using SkaerpetTilsyn.IO.Tabeller;

namespace SkaerpetTilsyn.Tests;

/// <summary>Asserts that a DataFrame holds what a published CSV holds (SPEC §13.4): the same columns in order, each column of its name's type, every value, null for empty, rows in order.</summary>
internal static class DataframeSomCsv
{
    /// <summary>The DataFrame column each kind of column becomes, written out here rather than taken from the converter.</summary>
    private static readonly Dictionary<Kolonnetype, Type> s_kolonnetyper = new()
    {
        [Kolonnetype.Heltal] = typeof(Int32DataFrameColumn),
        [Kolonnetype.Tekst] = typeof(StringDataFrameColumn),
        [Kolonnetype.Dato] = typeof(DateTimeDataFrameColumn),
        [Kolonnetype.Procent] = typeof(DecimalDataFrameColumn),
        [Kolonnetype.Timer] = typeof(DecimalDataFrameColumn),
    };

    public static void Sammenlign(DataFrame df, string csvSti)
    {
        var csv = Csvfil.Laes(csvSti);
        string hvad = Path.GetFileName(csvSti);

        df.Columns.Select(c => c.Name).Should().Equal(csv.Kolonner, hvad);
        df.Rows.Count.Should().Be(csv.Raekker.Count, hvad);
        for (int i = 0; i < csv.Kolonner.Length; i++)
        {
            var kolonne = df.Columns[i];
            Kolonnetyper.Find(kolonne.Name, out var type).Should().BeTrue($"{hvad}: {kolonne.Name} has a type");
            kolonne.GetType().Should().Be(s_kolonnetyper[type], $"{hvad}: {kolonne.Name}");
            Enumerable.Range(0, csv.Raekker.Count).Select(r => (object?)kolonne[r]).Should().Equal(csv.Raekker.Select(r => Vaerdi(r[i], type)), $"{hvad}: {kolonne.Name}");
            if (type == Kolonnetype.Dato)
            {
                kolonne.Cast<DateTime?>().Should().OnlyContain(d => d == null || d.Value.Kind == DateTimeKind.Unspecified, "a date is a day, not an instant");
            }
        }
    }

    private static object? Vaerdi(string tekst, Kolonnetype type) => tekst.Length == 0 ? null : type switch
    {
        Kolonnetype.Heltal => int.Parse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        Kolonnetype.Dato => DateTime.ParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None),
        Kolonnetype.Procent or Kolonnetype.Timer => decimal.Parse(tekst, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => tekst,
    };
}
