using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Parquet;
using SkaerpetTilsyn.IO.Postgres;

namespace SkaerpetTilsyn.IO.Filer;

/// <summary>Where each input file of a data folder is (SPEC §2, §11.5): the path found for each name, <see langword="null"/> for an optional file that is not there or not asked for.</summary>
/// <remarks>With a database (<see cref="Indlaesningsvalg.Database"/>, SPEC §13.2) each input is a table named <c>S.tabel</c>, which <see cref="Filkilde"/> opens as such.</remarks>
internal sealed record Filplacering(
    string Ydelser, string Samtaler, string Tilbud, string? Timer, string? Fritagelser, string? Benchmark, string? Status, string? Milepaele)
{
    /// <summary>The database the tables are in, with its server's version; <see langword="null"/> for a data folder.</summary>
    public Databaseoplysninger? Database { get; init; }

    /// <summary>Locates every file (or, with <see cref="Indlaesningsvalg.Database"/>, every table) before any is read, so a missing one fails before a large one is parsed.</summary>
    public static Filplacering Opsoeg(string? mappe, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        if (valg.Database is { } database)
        {
            return mappe is null ? Tabelplacering.Opsoeg(database, valg) : throw Postgresfejl.BaadeEllerIngen();
        }

        if (mappe is null)
        {
            throw Postgresfejl.BaadeEllerIngen();
        }

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

    public static string Statusfil(string sti) =>
        File.Exists(sti) ? sti : throw Inddatafejl.StatusfilMangler(sti);

    public static string Milepaelsfil(string sti) =>
        File.Exists(sti) ? sti : throw new InputFejlException($"Milepælsfilen '{sti}' findes ikke.");
}
