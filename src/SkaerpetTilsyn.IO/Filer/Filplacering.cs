using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Parquet;

namespace SkaerpetTilsyn.IO.Filer;

/// <summary>Where each input file of a data folder is (SPEC §2, §11.5): the path found for each name, <see langword="null"/> for an optional file that is not there or not asked for.</summary>
internal sealed record Filplacering(
    string Ydelser, string Samtaler, string Tilbud, string? Timer, string? Fritagelser, string? Benchmark, string? Status, string? Milepaele)
{
    /// <summary>Locates every file before any is read, so a missing file fails before a large one is parsed.</summary>
    public static Filplacering Opsoeg(string mappe, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(mappe);
        if (!Directory.Exists(mappe))
        {
            throw File.Exists(mappe) ? Inddatafejl.MappeErFil(mappe) : Inddatafejl.MappeMangler(mappe);
        }

        return new Filplacering(
            OpsoegFil(mappe, "ydelser", paakraevet: true)!,
            OpsoegFil(mappe, "samtaler", paakraevet: true)!,
            OpsoegFil(mappe, "tilbud", paakraevet: true)!,
            OpsoegFil(mappe, "timer", paakraevet: false),
            OpsoegFil(mappe, "fritagelser", paakraevet: false),
            OpsoegFil(mappe, "benchmark", paakraevet: valg.KraevBenchmark),
            valg.StatusFil is null ? OpsoegFil(mappe, "status", paakraevet: false) : Statusfil(valg.StatusFil),
            valg.MilepaeleFil is { } milepaele ? Milepaelsfil(milepaele) : valg.LaesMilepaele ? OpsoegFil(mappe, "milepaele", paakraevet: false) : null);
    }

    private static string? OpsoegFil(string mappe, string navn, bool paakraevet)
    {
        string csv = Path.Combine(mappe, navn + ".csv");
        string gzip = csv + ".gz";
        string parquet = Path.Combine(mappe, navn + Filkilde.ParquetEndelse);
        foreach (string sti in (ReadOnlySpan<string>)[csv, gzip, parquet])
        {
            // Even an optional file: a folder by its name is a mistake to report, not a file to do without.
            if (Directory.Exists(sti))
            {
                throw Inddatafejl.FilErMappe(Path.GetFileName(sti), mappe);
            }
        }

        bool harCsv = File.Exists(csv);
        bool harGzip = File.Exists(gzip);
        bool harParquet = File.Exists(parquet);
        if (harParquet && (harCsv || harGzip))
        {
            throw Parquetfejl.FlereUdgaver(navn, mappe, new[] { csv, gzip, parquet }.Where(File.Exists).Select(Path.GetFileName));
        }

        if (harCsv && harGzip)
        {
            throw Inddatafejl.BaadeCsvOgGzip(navn, mappe);
        }

        if (!harCsv && !harGzip && !harParquet)
        {
            return paakraevet ? throw Inddatafejl.PaakraevetFilMangler(navn, mappe) : null;
        }

        return harParquet ? parquet : harCsv ? csv : gzip;
    }

    private static string Statusfil(string sti) =>
        File.Exists(sti) ? sti : throw Inddatafejl.StatusfilMangler(sti);

    private static string Milepaelsfil(string sti) =>
        File.Exists(sti) ? sti : throw new InputFejlException($"Milepælsfilen '{sti}' findes ikke.");
}
