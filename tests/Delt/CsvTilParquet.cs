using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace SkaerpetTilsyn.Testvaerktoej;

/// <summary>
/// Writes simple CSV files (no quotes, every row with the header's field count) as Parquet with Parquet.Net, as text columns or typed where every
/// value of a column survives the round trip: dates as DATE (<c>dato</c> as a TIMESTAMP at 00:00), <c>kommune</c> and <c>aar</c> INT32,
/// <c>udvalgt_aar</c> INT64, <c>timer</c> DOUBLE, the percent columns DECIMAL; an empty typed value is NULL.
/// </summary>
/// <remarks>Shared by the IO and CLI tests and the benchmarks; it reads each file twice (types, then rows) so a national file is never held whole.</remarks>
internal static class CsvTilParquet
{
    private static readonly string[] s_datoer = ["fra", "til", "dato", "meddelt"];
    private static readonly string[] s_heltal = ["kommune", "aar", "udvalgt_aar"];
    private static readonly string[] s_decimaler = ["faktisk", "forventet", "basis_fm1", "basis_fm2"];

    private enum Kolonnetype
    {
        Tekst,
        Dato,
        Tidspunkt,
        Int32,
        Int64,
        Double,
        Decimal,
    }

    /// <summary>Writes every <c>*.csv</c> of <paramref name="fra"/> as <c>NAME.parquet</c> in <paramref name="til"/>.</summary>
    public static void Mappe(string fra, string til, bool typede, int raekkegruppe)
    {
        Directory.CreateDirectory(til);
        foreach (string csv in Directory.GetFiles(fra, "*.csv"))
        {
            Fil(csv, Path.Combine(til, Path.GetFileNameWithoutExtension(csv) + ".parquet"), typede, raekkegruppe);
        }
    }

    /// <summary>Copies the CSV files of <paramref name="fra"/> to <paramref name="til"/> without the rows a Parquet file cannot hold as CSV reads them: blank lines, rows with quotes or another field count than the header's.</summary>
    /// <returns>The number of rows left out.</returns>
    public static int Repraesentabel(string fra, string til)
    {
        Directory.CreateDirectory(til);
        int udeladt = 0;
        foreach (string csv in Directory.GetFiles(fra, "*.csv"))
        {
            string[] linjer = File.ReadAllLines(csv);
            int antal = linjer[0].Split(',').Length;
            var beholdt = linjer.Skip(1).Where(l => l.Split(',').Length == antal && !l.Contains('"', StringComparison.Ordinal)).ToList();
            udeladt += linjer.Length - 1 - beholdt.Count;
            File.WriteAllLines(Path.Combine(til, Path.GetFileName(csv)), [linjer[0], .. beholdt]);
        }

        return udeladt;
    }

    /// <summary>Writes the CSV file <paramref name="csv"/> as the Parquet file <paramref name="parquet"/>.</summary>
    public static void Fil(string csv, string parquet, bool typede, int raekkegruppe)
    {
        string[] kolonner;
        using (var laeser = new StreamReader(csv))
        {
            kolonner = (laeser.ReadLine() ?? throw new InvalidDataException($"{csv} has no header.")).TrimStart('\uFEFF').Split(',');
        }

        var typer = typede ? Typer(csv, kolonner) : kolonner.Select(_ => (Type: Kolonnetype.Tekst, Skala: 0)).ToArray();
        Task.Run(() => SkrivAsync(csv, parquet, kolonner, typer, raekkegruppe)).GetAwaiter().GetResult();
    }

    private static IEnumerable<string[]> Raekker(string csv, int antal)
    {
        using var laeser = new StreamReader(csv);
        laeser.ReadLine();
        while (laeser.ReadLine() is { } linje)
        {
            string[] felter = linje.Split(',');
            if (felter.Length != antal || linje.Contains('"', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{csv} has a row that Parquet cannot hold as CSV reads it: {linje}");
            }

            yield return felter;
        }
    }

    private static (Kolonnetype Type, int Skala)[] Typer(string csv, string[] kolonner)
    {
        var typer = kolonner.Select(k => (Type: Oenske(k), Skala: 0)).ToArray();
        foreach (string[] felter in Raekker(csv, kolonner.Length))
        {
            for (int i = 0; i < typer.Length; i++)
            {
                string v = felter[i];
                if (v.Length == 0 || typer[i].Type == Kolonnetype.Tekst)
                {
                    continue;
                }

                bool holder = typer[i].Type switch
                {
                    Kolonnetype.Dato or Kolonnetype.Tidspunkt => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    Kolonnetype.Int32 or Kolonnetype.Int64 => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int h)
                        && h.ToString(CultureInfo.InvariantCulture) == v,
                    Kolonnetype.Double => double.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double d)
                        && d.ToString("R", CultureInfo.InvariantCulture) == v,
                    _ => decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                        && (!v.Contains('.', StringComparison.Ordinal) || !v.EndsWith('0')) && !v.StartsWith('.') && !v.EndsWith('.'),
                };
                if (!holder)
                {
                    typer[i] = (Kolonnetype.Tekst, 0);
                }
                else if (typer[i].Type == Kolonnetype.Decimal)
                {
                    int punkt = v.IndexOf('.', StringComparison.Ordinal);
                    typer[i].Skala = Math.Max(typer[i].Skala, punkt < 0 ? 0 : v.Length - punkt - 1);
                }
            }
        }

        return typer;
    }

    private static Kolonnetype Oenske(string kolonne) =>
        kolonne == "dato" ? Kolonnetype.Tidspunkt
        : s_datoer.Contains(kolonne) ? Kolonnetype.Dato
        : kolonne == "udvalgt_aar" ? Kolonnetype.Int64
        : s_heltal.Contains(kolonne) ? Kolonnetype.Int32
        : kolonne == "timer" ? Kolonnetype.Double
        : s_decimaler.Contains(kolonne) ? Kolonnetype.Decimal
        : Kolonnetype.Tekst;

    private static DataField Felt(string navn, (Kolonnetype Type, int Skala) type) => type.Type switch
    {
        Kolonnetype.Dato => new DataField<DateOnly?>(navn),
        Kolonnetype.Tidspunkt => new DateTimeDataField(navn, DateTimeFormat.Timestamp, isNullable: true),
        Kolonnetype.Int32 => new DataField<int?>(navn),
        Kolonnetype.Int64 => new DataField<long?>(navn),
        Kolonnetype.Double => new DataField<double?>(navn),
        Kolonnetype.Decimal => new DecimalDataField(navn, 18, type.Skala, isNullable: true),
        _ => new DataField<string>(navn, true),
    };

    private static async Task SkrivAsync(string csv, string parquet, string[] kolonner, (Kolonnetype Type, int Skala)[] typer, int raekkegruppe)
    {
        var felter = kolonner.Select((k, i) => Felt(k, typer[i])).ToArray();
        await using var ud = File.Create(parquet);
        await using var skriver = await ParquetWriter.CreateAsync(new ParquetSchema(felter), ud, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var gruppe = new List<string[]>(raekkegruppe);
        foreach (string[] raekke in Raekker(csv, kolonner.Length))
        {
            gruppe.Add(raekke);
            if (gruppe.Count == raekkegruppe)
            {
                await SkrivGruppe(skriver, felter, typer, gruppe);
                gruppe.Clear();
            }
        }

        if (gruppe.Count > 0)
        {
            await SkrivGruppe(skriver, felter, typer, gruppe);
        }
    }

    private static async Task SkrivGruppe(ParquetWriter skriver, DataField[] felter, (Kolonnetype Type, int Skala)[] typer, List<string[]> raekker)
    {
        using var gruppe = skriver.CreateRowGroup();
        for (int i = 0; i < felter.Length; i++)
        {
            int k = i;
            string? Vaerdi(string[] r) => r[k].Length == 0 ? null : r[k];
            switch (typer[i].Type)
            {
                case Kolonnetype.Dato:
                    await gruppe.WriteAsync<DateOnly>(felter[i], raekker.Select(r => Vaerdi(r) is { } v ? DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null).ToArray(), null, null, default);
                    break;
                case Kolonnetype.Tidspunkt:
                    await gruppe.WriteAsync<DateTime>(felter[i], raekker.Select(r => Vaerdi(r) is { } v ? DateTime.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateTime?)null).ToArray(), null, null, default);
                    break;
                case Kolonnetype.Int32:
                    await gruppe.WriteAsync<int>(felter[i], raekker.Select(r => Vaerdi(r) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : (int?)null).ToArray(), null, null, default);
                    break;
                case Kolonnetype.Int64:
                    await gruppe.WriteAsync<long>(felter[i], raekker.Select(r => Vaerdi(r) is { } v ? long.Parse(v, CultureInfo.InvariantCulture) : (long?)null).ToArray(), null, null, default);
                    break;
                case Kolonnetype.Double:
                    await gruppe.WriteAsync<double>(felter[i], raekker.Select(r => Vaerdi(r) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : (double?)null).ToArray(), null, null, default);
                    break;
                case Kolonnetype.Decimal:
                    await gruppe.WriteAsync<decimal>(felter[i], raekker.Select(r => Vaerdi(r) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : (decimal?)null).ToArray(), null, null, default);
                    break;
                default:
                    await gruppe.WriteAsync(felter[i], raekker.Select(r => r[k]).ToArray(), null);
                    break;
            }
        }
    }
}
