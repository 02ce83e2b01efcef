using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Internals;
using SkaerpetTilsyn.IO.Internals.Raekker;
using SkaerpetTilsyn.IO.Internals.Stroem;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>Reads a data folder (SPEC §2) into valid rows per person, rejecting bad rows and failing on input that cannot be used.</summary>
public static partial class Indlaeser
{
    /// <summary>Reads every input file of <paramref name="mappe"/> into memory, and the status file of <see cref="Indlaesningsvalg.StatusFil"/> when it is set.</summary>
    /// <exception cref="InputFejlException">The folder, a required file or a required column is missing, a file cannot be read, or (with <see cref="Indlaesningsvalg.Strict"/>) a row is bad.</exception>
    public static Inddata Laes(string mappe, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var filer = Find(mappe, valg);
        Reading reading = new(valg);
        PersonRegistry personer = new();
        LaesHele<YdelseLaeser, Ydelsesperiode>(reading, filer.Ydelser, personer);
        LaesHele<SamtaleLaeser, Samtale>(reading, filer.Samtaler, personer);
        LaesHele<TilbudLaeser, Tilbud>(reading, filer.Tilbud, personer);
        LaesHele<TimeLaeser, Timeperiode>(reading, filer.Timer, personer);
        LaesHele<FritagelseLaeser, Fritagelse>(reading, filer.Fritagelser, personer);
        var alle = personer.Sorted();
        return LaesResten(reading, filer, alle, Dataperiode.Af(alle), usorteretFil: null);
    }

    /// <summary>
    /// Reads <paramref name="mappe"/>, hands each person in person_id order to a computation made by <paramref name="nyBeregning"/>
    /// and finishes it with the benchmark, the status and the data period.
    /// Sorted person files are merge-joined in one pass, so memory does not grow with the number of rows.
    /// </summary>
    /// <remarks>
    /// <paramref name="nyBeregning"/> is called once per pass over the persons: when a file turns out not to be sorted by
    /// person_id, the streaming pass is abandoned with its computation, and a second pass groups every file's rows in
    /// memory and feeds a fresh computation (the results are the same); <see cref="Indlaesningsrapport.UsorteretFil"/> names
    /// the file. With <see cref="Indlaesningsvalg.Strict"/> the files are read one after the other, so the first bad row is
    /// always the same one.
    /// </remarks>
    /// <exception cref="InputFejlException">The folder, a required file or a required column is missing, a file cannot be read, or (with <see cref="Indlaesningsvalg.Strict"/>) a row is bad.</exception>
    public static Laesning<TResultat> Laes<TResultat>(string mappe, Indlaesningsvalg valg, Func<IPersonberegning<TResultat>> nyBeregning)
    {
        ArgumentNullException.ThrowIfNull(valg);
        ArgumentNullException.ThrowIfNull(nyBeregning);
        if (valg.Strict)
        {
            var inddata = Laes(mappe, valg);
            var beregning = nyBeregning();
            foreach (var person in inddata.Personer)
            {
                beregning.Tag(person);
            }

            return Afslut(beregning, inddata);
        }

        var filer = Find(mappe, valg);
        try
        {
            return Gennemloeb(nyBeregning(), (behandl, periode) => LaesSorteret(filer, valg, behandl, periode));
        }
        catch (UsorteretInputException e)
        {
            return Gennemloeb(nyBeregning(), (behandl, periode) => LaesUsorteret(filer, valg, behandl, periode, e.Fil));
        }
    }

    /// <summary>One pass: the persons go to <paramref name="beregning"/> while the period is gathered, then the computation is finished.</summary>
    private static Laesning<TResultat> Gennemloeb<TResultat>(IPersonberegning<TResultat> beregning, Func<Action<Persondata>, Dataperiode, Inddata> laes)
    {
        var periode = new Dataperiode();
        var inddata = laes(
            p =>
            {
                periode.Se(p);
                beregning.Tag(p);
            },
            periode);
        return Afslut(beregning, inddata);
    }

    private static Laesning<TResultat> Afslut<TResultat>(IPersonberegning<TResultat> beregning, Inddata inddata) =>
        new(beregning.Afslut(new Beregningsgrundlag(inddata.Benchmark, inddata.Status, inddata.Rapport.Periode) { Milepaele = inddata.Milepaele }), inddata.Rapport);

    private static Inddata LaesSorteret(Filplacering filer, Indlaesningsvalg valg, Action<Persondata> behandl, Dataperiode periode)
    {
        Reading reading = new(valg);
        using (var kilder = new Personkilder(reading))
        {
            var markoerer = kilder.Aabn(filer.Ydelser, filer.Samtaler, filer.Tilbud, filer.Timer, filer.Fritagelser, new Personfilfabrik(valg.Traade > 1));
            try
            {
                Personstroem.Koer(markoerer, behandl);
            }
            finally
            {
                // Stops the reader threads before their sources are finished or disposed.
                foreach (var m in markoerer)
                {
                    m.Dispose();
                }
            }

            kilder.Afslut();
        }

        return LaesResten(reading, filer, [], periode, usorteretFil: null);
    }

    /// <summary>Reads person files in any row order: each file on a thread of its own into compact arrays, then grouped per person by a counting sort.</summary>
    private static Inddata LaesUsorteret(Filplacering filer, Indlaesningsvalg valg, Action<Persondata> behandl, Dataperiode periode, string usorteretFil)
    {
        Reading reading = new(valg);
        List<IFilgruppering> grupper;
        using (var kilder = new Personkilder(reading))
        {
            grupper = kilder.Aabn(filer.Ydelser, filer.Samtaler, filer.Tilbud, filer.Timer, filer.Fritagelser, new Grupperingsfabrik());
            var fejl = new Exception?[grupper.Count];
            Parallel.For(0, grupper.Count, new ParallelOptions { MaxDegreeOfParallelism = valg.Traade }, i =>
            {
                try
                {
                    grupper[i].Laes();
                }
                catch (Exception e)
                {
                    fejl[i] = e;
                }
            });

            // The first failing file in file order, whatever thread finished first.
            if (Array.Find(fejl, e => e is not null) is { } foerste)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(foerste);
            }

            kilder.Afslut();
        }

        var ider = new List<string>();
        foreach (var g in grupper)
        {
            ider.AddRange(g.Ider);
        }

        ider.Sort(StringComparer.Ordinal);
        var alle = new List<string>(ider.Count);
        foreach (string id in ider)
        {
            if (alle.Count == 0 || !ReferenceEquals(alle[^1], id) && alle[^1] != id)
            {
                alle.Add(id);
            }
        }

        var numre = new Dictionary<string, int>(alle.Count, StringComparer.Ordinal);
        for (int i = 0; i < alle.Count; i++)
        {
            numre.Add(alle[i], i);
        }

        foreach (var g in grupper)
        {
            var globalt = new int[g.Ider.Count];
            for (int j = 0; j < globalt.Length; j++)
            {
                globalt[j] = numre[g.Ider[j]];
            }

            g.Grupper(globalt, alle.Count);
        }

        var person = new Persondata();
        for (int i = 0; i < alle.Count; i++)
        {
            person.Nulstil(alle[i]);
            foreach (var g in grupper)
            {
                g.Overfoer(i, person);
            }

            behandl(person);
        }

        return LaesResten(reading, filer, [], periode, usorteretFil);
    }

    private static void LaesHele<TLaeser, TRaekke>(Reading reading, string? sti, PersonRegistry personer)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : struct
    {
        if (sti is null)
        {
            return;
        }

        using CsvSource source = reading.Open(sti);
        LaesIHukommelsen<TLaeser, TRaekke>(source, personer);
        reading.Finish(source);
    }

    private static Inddata LaesResten(Reading reading, Filplacering filer, List<Persondata> personer, Dataperiode periode, string? usorteretFil)
    {
        List<Benchmarkraekke> benchmarkRows = [];
        if (filer.Benchmark is not null)
        {
            using CsvSource source = reading.Open(filer.Benchmark);
            benchmarkRows = ReadBenchmark(source, out long erstattet);
            reading.Finish(source);
            if (erstattet > 0)
            {
                reading.Warnings.Add($"{source.Name}: {Reading.Count(erstattet, "række", "rækker")} erstattet af en senere række for samme aar og kommune");
            }
        }

        List<Kommunestatus>? statusRows = null;
        if (filer.Status is not null)
        {
            using CsvSource source = reading.Open(filer.Status);
            statusRows = ReadStatus(source);
            reading.Finish(source);
        }

        var milepaele = filer.Milepaele is null ? [] : LaesMilepaele(reading, filer.Milepaele);

        return new Inddata
        {
            Personer = personer,
            Benchmark = benchmarkRows,
            Status = statusRows,
            Milepaele = milepaele,
            Rapport = new Indlaesningsrapport
            {
                Afviste = reading.Rejected,
                Filer = reading.Files,
                Advarsler = reading.Warnings,
                Periode = periode,
                UsorteretFil = usorteretFil,
            },
        };
    }

    /// <summary>Locates every file before any is read, so a missing file fails before a large one is parsed.</summary>
    private static Filplacering Find(string mappe, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(mappe);
        if (!Directory.Exists(mappe))
        {
            throw InputErrors.FolderMissing(mappe);
        }

        return new Filplacering(
            FindFile(mappe, "ydelser", required: true)!,
            FindFile(mappe, "samtaler", required: true)!,
            FindFile(mappe, "tilbud", required: true)!,
            FindFile(mappe, "timer", required: false),
            FindFile(mappe, "fritagelser", required: false),
            FindFile(mappe, "benchmark", required: valg.KraevBenchmark),
            valg.StatusFil is null ? FindFile(mappe, "status", required: false) : FindStatusFile(valg.StatusFil),
            valg.MilepaeleFil is { } milepaele ? FindMilepaeleFil(milepaele) : valg.LaesMilepaele ? FindFile(mappe, "milepaele", required: false) : null);
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

    private sealed record Filplacering(
        string Ydelser, string Samtaler, string Tilbud, string? Timer, string? Fritagelser, string? Benchmark, string? Status, string? Milepaele);

    private sealed class Personfilfabrik(bool egenTraad) : IPersonfilfabrik<IPersonmarkoer>
    {
        public IPersonmarkoer Lav<TLaeser, TRaekke>(CsvSource kilde)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : struct => new Personfil<TLaeser, TRaekke>(kilde, egenTraad);
    }

    private sealed class Grupperingsfabrik : IPersonfilfabrik<IFilgruppering>
    {
        public IFilgruppering Lav<TLaeser, TRaekke>(CsvSource kilde)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : struct => new Filgruppering<TLaeser, TRaekke>(kilde);
    }
}
