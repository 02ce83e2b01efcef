using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace SkaerpetTilsyn.IO.Tests.Tabeller;

/// <summary>A Parquet file read back whole with Parquet.Net, the library that wrote it: each column's schema element and its values in file order.</summary>
/// <remarks>Values are <see cref="int"/>, <see cref="string"/>, <see cref="DateOnly"/> or <see cref="decimal"/>, null for NULL.</remarks>
internal sealed record Parquetfil(IReadOnlyList<Parquetfil.Kolonne> Kolonner, int Raekkegrupper, string? SkrevetAf)
{
    public static Parquetfil Laes(string sti) => Task.Run(() => LaesAsync(sti)).GetAwaiter().GetResult();

    public Kolonne this[string navn] => Kolonner.Single(k => k.Navn == navn);

    private static async Task<Parquetfil> LaesAsync(string sti)
    {
        await using var fil = File.OpenRead(sti);
        await using var laeser = await ParquetReader.CreateAsync(fil, new ParquetOptions { UseDateOnlyTypeForDates = true }, false, default);
        var felter = laeser.Schema.DataFields;
        var elementer = laeser.Metadata!.Schema.Skip(1).ToArray();
        var vaerdier = felter.Select(_ => new List<object?>()).ToArray();
        for (int g = 0; g < laeser.RowGroupCount; g++)
        {
            using var gruppe = laeser.OpenRowGroupReader(g);
            int antal = checked((int)gruppe.RowCount);
            for (int i = 0; i < felter.Length; i++)
            {
                vaerdier[i].AddRange(await LaesKolonne(gruppe, felter[i], antal));
            }
        }

        var kolonner = felter.Select((f, i) => new Kolonne(f.Name, elementer[i], vaerdier[i])).ToArray();
        return new Parquetfil(kolonner, laeser.RowGroupCount, laeser.Metadata.CreatedBy);
    }

    private static async Task<object?[]> LaesKolonne(ParquetRowGroupReader gruppe, DataField felt, int antal)
    {
        if (felt.ClrType == typeof(int))
        {
            var v = new int?[antal];
            await gruppe.ReadAsync<int>(felt, v, null, default);
            return [.. v.Cast<object?>()];
        }

        if (felt.ClrType == typeof(DateOnly))
        {
            var v = new DateOnly?[antal];
            await gruppe.ReadAsync<DateOnly>(felt, v, null, default);
            return [.. v.Cast<object?>()];
        }

        if (felt.ClrType == typeof(decimal))
        {
            var v = new decimal?[antal];
            await gruppe.ReadAsync<decimal>(felt, v, null, default);
            return [.. v.Cast<object?>()];
        }

        var s = new string[antal];
        await gruppe.ReadAsync(felt, s, null, default);
        return [.. s.Cast<object?>()];
    }

    /// <summary>One column: its name, its schema element (physical and logical type, repetition) and its values.</summary>
    public sealed record Kolonne(string Navn, SchemaElement Skema, IReadOnlyList<object?> Vaerdier)
    {
        /// <summary>The column's type in words, e.g. <c>INT32 INT(32)</c>, <c>BYTE_ARRAY STRING</c>, <c>INT32 DATE</c>, <c>INT64 DECIMAL(18,4)</c>.</summary>
        public string Type => Skema.LogicalType switch
        {
            { INTEGER: { } i } => $"{Skema.Type} INT({i.BitWidth})",
            { STRING: not null } => $"{Skema.Type} STRING",
            { DATE: not null } => $"{Skema.Type} DATE",
            { DECIMAL: { } d } => $"{Skema.Type} DECIMAL({d.Precision},{d.Scale})",
            _ => $"{Skema.Type}",
        };
    }
}
