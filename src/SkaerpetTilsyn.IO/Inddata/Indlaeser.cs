using System.Runtime.ExceptionServices;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Filer;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Stroem;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>Reads a data folder (SPEC §2) into valid rows per person, rejecting bad rows and failing on input that cannot be used.</summary>
public static partial class Indlaeser
{
    /// <summary>Reads every input file of <paramref name="mappe"/> into memory, and the status file of <see cref="Indlaesningsvalg.StatusFil"/> when it is set.</summary>
    /// <exception cref="InputFejlException">The folder, a required file or a required column is missing, a file cannot be read, or (with <see cref="Indlaesningsvalg.Strict"/>) a row is bad.</exception>
    public static Inddata Laes(string mappe, Indlaesningsvalg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        var filer = Filplacering.Opsoeg(mappe, valg);
        Indlaesning indlaesning = new(valg);
        Personregister personer = new();
        LaesHele<YdelseLaeser, Ydelsesperiode>(indlaesning, filer.Ydelser, personer);
        LaesHele<SamtaleLaeser, Samtale>(indlaesning, filer.Samtaler, personer);
        LaesHele<TilbudLaeser, Tilbud>(indlaesning, filer.Tilbud, personer);
        LaesHele<TimeLaeser, Timeperiode>(indlaesning, filer.Timer, personer);
        LaesHele<FritagelseLaeser, Fritagelse>(indlaesning, filer.Fritagelser, personer);
        var alle = personer.Sorteret();
        return LaesResten(indlaesning, filer, alle, Dataperiode.Af(alle), usorteretFil: null);
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

            return Afslut(beregning, inddata, valg);
        }

        var filer = Filplacering.Opsoeg(mappe, valg);
        try
        {
            return Gennemloeb(nyBeregning(), valg, (behandl, periode) => LaesSorteret(filer, valg, behandl, periode));
        }
        catch (UsorteretInputException e)
        {
            return Gennemloeb(nyBeregning(), valg, (behandl, periode) => LaesUsorteret(filer, valg, behandl, periode, e.Fil));
        }
    }

    /// <summary>One pass: the persons go to <paramref name="beregning"/> while the period is gathered, then the computation is finished.</summary>
    private static Laesning<TResultat> Gennemloeb<TResultat>(
        IPersonberegning<TResultat> beregning, Indlaesningsvalg valg, Func<Action<Persondata>, Dataperiode, Inddata> laes)
    {
        var periode = new Dataperiode();
        var inddata = laes(
            p =>
            {
                periode.Se(p);
                beregning.Tag(p);
            },
            periode);
        return Afslut(beregning, inddata, valg);
    }

    /// <summary>Finishes the computation once the rejected rows allow it (SPEC §9.1); its warnings join the reading's.</summary>
    private static Laesning<TResultat> Afslut<TResultat>(IPersonberegning<TResultat> beregning, Inddata inddata, Indlaesningsvalg valg)
    {
        Afvisningskontrol.Kontroller(inddata.Rapport, valg);
        var grundlag = new Beregningsgrundlag(inddata.Benchmark, inddata.Status, inddata.Rapport.Periode)
        {
            TilladUfuldstaendigeData = valg.TilladUfuldstaendigeData,
            Milepaele = inddata.Milepaele,
        };
        TResultat resultat;
        try
        {
            resultat = beregning.Afslut(grundlag);
        }
        catch (ManglendeBenchmarkException e) when (Afvisningskontrol.AfvisteBenchmark(inddata.Rapport) is { } afviste)
        {
            throw e.MedAfviste(afviste.Antal, afviste.Foerste.Linje, afviste.Foerste.Aarsag);
        }

        return new(resultat, inddata.Rapport with { Advarsler = [.. inddata.Rapport.Advarsler, .. grundlag.Advarsler] });
    }

    private static Inddata LaesSorteret(Filplacering filer, Indlaesningsvalg valg, Action<Persondata> behandl, Dataperiode periode)
    {
        Indlaesning indlaesning = new(valg);
        using (var kilder = new Personkilder(indlaesning))
        {
            var markoerer = kilder.Aabn(filer, new Personfilfabrik(valg));
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

        return LaesResten(indlaesning, filer, [], periode, usorteretFil: null);
    }

    /// <summary>Reads person files in any row order: each file on a thread of its own into compact arrays, then grouped per person by a counting sort.</summary>
    private static Inddata LaesUsorteret(Filplacering filer, Indlaesningsvalg valg, Action<Persondata> behandl, Dataperiode periode, string usorteretFil)
    {
        Indlaesning indlaesning = new(valg);
        List<IFilgruppering> grupper;
        using (var kilder = new Personkilder(indlaesning))
        {
            grupper = kilder.Aabn(filer, new Grupperingsfabrik(valg));
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
                ExceptionDispatchInfo.Throw(foerste);
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

        return LaesResten(indlaesning, filer, [], periode, usorteretFil);
    }

    /// <summary>Reads a whole person file into the register: any row order, de-duplicated over the whole file.</summary>
    private static void LaesHele<TLaeser, TRaekke>(Indlaesning indlaesning, string? sti, Personregister personer)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : struct
    {
        if (sti is null)
        {
            return;
        }

        using RecordSource kilde = indlaesning.Aabn(sti);
        var laeser = TLaeser.Opret(kilde);
        var kontrol = indlaesning.Kontrol(kilde, Dubletkontrol.HeleFilen());
        while (laeser.Naeste(kontrol, out TRaekke raekke))
        {
            TLaeser.Liste(personer.Person(kontrol.Tegn(laeser.PersonKolonne))).Add(raekke);
        }

        indlaesning.Afslut(kontrol);
    }

    private static Inddata LaesResten(Indlaesning indlaesning, Filplacering filer, List<Persondata> personer, Dataperiode periode, string? usorteretFil)
    {
        List<Benchmarkraekke> benchmark = [];
        if (filer.Benchmark is not null)
        {
            using RecordSource kilde = indlaesning.Aabn(filer.Benchmark);
            var kontrol = indlaesning.Kontrol(kilde, Dubletkontrol.HeleFilen());
            benchmark = LaesBenchmark(kilde, kontrol, out long erstattet);
            indlaesning.Afslut(kontrol);
            if (erstattet > 0)
            {
                indlaesning.Advarsler.Add($"{kilde.Name}: {Indlaesning.Antal(erstattet, "række", "rækker")} erstattet af en senere række for samme aar og kommune");
            }
        }

        List<Kommunestatus>? status = null;
        if (filer.Status is not null)
        {
            using RecordSource kilde = indlaesning.Aabn(filer.Status);
            var kontrol = indlaesning.Kontrol(kilde, Dubletkontrol.HeleFilen());
            status = LaesStatus(kilde, kontrol);
            indlaesning.Afslut(kontrol);
        }

        var milepaele = filer.Milepaele is null ? [] : LaesMilepaele(indlaesning, filer.Milepaele);

        return new Inddata
        {
            Personer = personer,
            Benchmark = benchmark,
            Status = status,
            Milepaele = milepaele,
            Rapport = indlaesning.Rapport(periode, usorteretFil),
        };
    }

    private sealed class Personfilfabrik(Indlaesningsvalg valg) : IPersonfilfabrik<IPersonmarkoer>
    {
        public (IPersonmarkoer Laeser, Raekkekontrol Kontrol) Lav<TLaeser, TRaekke>(RecordSource kilde, List<Afvisning> afviste)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : struct
        {
            var laeser = TLaeser.Opret(kilde);
            var orden = new Personorden(kilde.Name);
            var kontrol = new Raekkekontrol(kilde, valg, afviste, Dubletkontrol.PerPerson(laeser.PersonKolonne, orden));
            return (new Personfil<TLaeser, TRaekke>(laeser, kontrol, orden, egenTraad: valg.Traade > 1), kontrol);
        }
    }

    private sealed class Grupperingsfabrik(Indlaesningsvalg valg) : IPersonfilfabrik<IFilgruppering>
    {
        public (IFilgruppering Laeser, Raekkekontrol Kontrol) Lav<TLaeser, TRaekke>(RecordSource kilde, List<Afvisning> afviste)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : struct
        {
            var laeser = TLaeser.Opret(kilde);
            var dubletter = Dubletkontrol.Udskudt();
            var kontrol = new Raekkekontrol(kilde, valg, afviste, dubletter);
            return (new Filgruppering<TLaeser, TRaekke>(laeser, kilde, kontrol, dubletter, valg), kontrol);
        }
    }
}
