using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Internals;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>Reads a data folder (SPEC §2) into valid rows per person, rejecting bad rows and failing on input that cannot be used.</summary>
public static partial class Indlaeser
{
    /// <summary>Reads every input file of <paramref name="mappe"/>, and the status file of <see cref="Indlaesningsvalg.StatusFil"/> when it is set.</summary>
    /// <exception cref="InputFejlException">The folder, a required file or a required column is missing, a file cannot be read, or (with <see cref="Indlaesningsvalg.Strict"/>) a row is bad.</exception>
    public static Inddata Laes(string mappe, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(mappe);
        ArgumentNullException.ThrowIfNull(valg);
        if (!Directory.Exists(mappe))
        {
            throw InputErrors.FolderMissing(mappe);
        }

        // Every file is located before any is read, so a missing file fails fast.
        string ydelser = FindFile(mappe, "ydelser", required: true)!;
        string samtaler = FindFile(mappe, "samtaler", required: true)!;
        string tilbud = FindFile(mappe, "tilbud", required: true)!;
        string? timer = FindFile(mappe, "timer", required: false);
        string? fritagelser = FindFile(mappe, "fritagelser", required: false);
        string? benchmark = FindFile(mappe, "benchmark", required: valg.KraevBenchmark);
        string? status = valg.StatusFil is null ? FindFile(mappe, "status", required: false) : FindStatusFile(valg.StatusFil);

        Reading reading = new(valg.Strict, valg.VedAabning);
        PersonRegistry personer = new();
        using (CsvSource source = reading.Open(ydelser))
        {
            ReadYdelser(source, personer);
            reading.Finish(source);
        }

        using (CsvSource source = reading.Open(samtaler))
        {
            ReadSamtaler(source, personer);
            reading.Finish(source);
        }

        using (CsvSource source = reading.Open(tilbud))
        {
            ReadTilbud(source, personer);
            reading.Finish(source);
        }

        if (timer is not null)
        {
            using CsvSource source = reading.Open(timer);
            ReadTimer(source, personer);
            reading.Finish(source);
        }

        if (fritagelser is not null)
        {
            using CsvSource source = reading.Open(fritagelser);
            ReadFritagelser(source, personer);
            reading.Finish(source);
        }

        List<Benchmarkraekke> benchmarkRows = [];
        if (benchmark is not null)
        {
            using CsvSource source = reading.Open(benchmark);
            benchmarkRows = ReadBenchmark(source, out long erstattet);
            reading.Finish(source);
            if (erstattet > 0)
            {
                reading.Warnings.Add($"{source.Name}: {Reading.Count(erstattet, "række", "rækker")} erstattet af en senere række for samme aar og kommune");
            }
        }

        List<Kommunestatus>? statusRows = null;
        if (status is not null)
        {
            using CsvSource source = reading.Open(status);
            statusRows = ReadStatus(source);
            reading.Finish(source);
        }

        return new Inddata
        {
            Personer = personer.Sorted(),
            Benchmark = benchmarkRows,
            Status = statusRows,
            Afviste = reading.Rejected,
            Filer = reading.Files,
            Advarsler = reading.Warnings,
        };
    }

    private static string? FindFile(string folder, string name, bool required)
    {
        string plain = Path.Combine(folder, name + ".csv");
        string gzip = plain + ".gz";
        bool hasPlain = File.Exists(plain);
        bool hasGzip = File.Exists(gzip);
        if (hasPlain && hasGzip)
        {
            throw InputErrors.BothPlainAndGzip(name, folder);
        }

        if (!hasPlain && !hasGzip)
        {
            return required ? throw InputErrors.RequiredFileMissing(name, folder) : null;
        }

        return hasPlain ? plain : gzip;
    }

    private static string FindStatusFile(string path) =>
        File.Exists(path) ? path : throw InputErrors.StatusFileMissing(path);
}
