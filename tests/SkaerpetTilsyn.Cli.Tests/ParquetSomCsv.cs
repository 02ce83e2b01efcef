using System.Globalization;
using SkaerpetTilsyn.IO.Tabeller;
using SkaerpetTilsyn.IO.Tests.Tabeller;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Asserts that a table's Parquet file holds what its CSV holds (SPEC §13.3): the same columns in order, each typed by its name, every value, NULL for empty, rows in order.</summary>
internal static class ParquetSomCsv
{
    /// <summary>The Parquet type SPEC §13.3 gives each kind of column, written out here rather than taken from the writer.</summary>
    private static readonly Dictionary<Kolonnetype, string> s_parquettyper = new()
    {
        [Kolonnetype.Heltal] = "INT32 INT(32)",
        [Kolonnetype.Tekst] = "BYTE_ARRAY STRING",
        [Kolonnetype.Dato] = "INT32 DATE",
        [Kolonnetype.Procent] = "INT32 DECIMAL(7,2)",
        [Kolonnetype.Timer] = "INT64 DECIMAL(18,4)",
    };

    public static void Sammenlign(string csvSti, string parquetSti)
    {
        var csv = Csvfil.Laes(csvSti);
        var parquet = Parquetfil.Laes(parquetSti);
        string hvad = Path.GetFileName(parquetSti);

        parquet.Kolonner.Select(k => k.Navn).Should().Equal(csv.Kolonner, hvad);
        for (int i = 0; i < csv.Kolonner.Length; i++)
        {
            var kolonne = parquet.Kolonner[i];
            Kolonnetyper.Find(kolonne.Navn, out var type).Should().BeTrue($"{hvad}: {kolonne.Navn} has a type");
            kolonne.Type.Should().Be(s_parquettyper[type], $"{hvad}: {kolonne.Navn}");
            kolonne.Vaerdier.Should().Equal(csv.Raekker.Select(r => Vaerdi(r[i], type)), $"{hvad}: {kolonne.Navn}");
        }
    }

    private static object? Vaerdi(string tekst, Kolonnetype type) => tekst.Length == 0 ? null : type switch
    {
        Kolonnetype.Heltal => int.Parse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        Kolonnetype.Dato => DateOnly.ParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kolonnetype.Procent or Kolonnetype.Timer => decimal.Parse(tekst, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => tekst,
    };
}
