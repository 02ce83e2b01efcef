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
    /// <summary>What the reading keeps outside the rows it holds for grouping: the runtime, the streamed blocks and the computation.</summary>
    private const long Forbehold = 128L << 20;

    /// <summary>Reads every input file of <paramref name="mappe"/> (null: the tables of <see cref="Indlaesningsvalg.Database"/>) into memory, and the status file of <see cref="Indlaesningsvalg.StatusFil"/> when it is set.</summary>
    /// <exception cref="InputFejlException">The folder, a required file or a required column is missing, a file cannot be read, or (with <see cref="Indlaesningsvalg.Strict"/>) a row is bad.</exception>
    public static Inddata Laes(string? mappe, Indlaesningsvalg valg)
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
        return LaesResten(indlaesning, filer, alle, Dataperiode.Af(alle));
    }

    /// <summary>
    /// Reads <paramref name="mappe"/> (null: the tables of <see cref="Indlaesningsvalg.Database"/>) in one pass, hands each person in person_id order to the computation <paramref name="nyBeregning"/> makes
    /// (called once) and finishes it with the benchmark, the status and the data period. Memory stays within <see cref="Indlaesningsvalg.Hukommelse"/>
    /// whatever the order of the rows.
    /// </summary>
    /// <remarks>
    /// Each person file is decided on its own (<see cref="Indlaesningsrapport.Raekkefoelger"/>): a first pass hashes it and finds the rows out of
    /// person_id order; a file in order streams, rows out of place are set aside and merged in when their person's turn comes, and a file in no
    /// order is grouped by person (in sorted runs on disk beyond the budget) and joins the merge as one more sorted source. The outputs are the
    /// same bytes in every case. When reading fails, the error reported is the first in file order (ydelser, samtaler, tilbud, timer,
    /// fritagelser) and line — with <see cref="Indlaesningsvalg.Strict"/> the first bad row — whatever thread or pass met one first.
    /// </remarks>
    /// <exception cref="InputFejlException">The folder, a required file or a required column is missing, a file cannot be read, or (with <see cref="Indlaesningsvalg.Strict"/>) a row is bad.</exception>
    public static Laesning<TResultat> Laes<TResultat>(string? mappe, Indlaesningsvalg valg, Func<IPersonberegning<TResultat>> nyBeregning)
    {
        ArgumentNullException.ThrowIfNull(valg);
        ArgumentNullException.ThrowIfNull(nyBeregning);
        var filer = Filplacering.Opsoeg(mappe, valg);
        var beregning = nyBeregning();
        var periode = new Dataperiode();
        Indlaesning indlaesning = new(valg);
        try
        {
            LaesPersoner(indlaesning, filer, p =>
            {
                periode.Se(p);
                beregning.Tag(p);
            });
        }
        catch (InputFejlException e)
        {
            FoersteFejl(filer, valg, e);
            throw;
        }

        var inddata = LaesResten(indlaesning, filer, [], periode);
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
        catch (ManglendeBenchmarkException e)
        {
            var navngivet = Afvisningskontrol.Benchmarknavn(inddata.Rapport) is { } navn && navn != e.Kilde ? e.I(navn) : e;
            if (Afvisningskontrol.AfvisteBenchmark(inddata.Rapport) is { } afviste)
            {
                throw navngivet.MedAfviste(afviste.Antal, afviste.Foerste.Linje, afviste.Foerste.Aarsag);
            }

            if (navngivet != e)
            {
                throw navngivet;
            }

            throw;
        }

        return new(resultat, inddata.Rapport with { Advarsler = [.. inddata.Rapport.Advarsler, .. grundlag.Advarsler] });
    }

    /// <summary>The five person files, each after its first pass, merge-joined person by person.</summary>
    private static void LaesPersoner(Indlaesning indlaesning, Filplacering filer, Action<Persondata> behandl)
    {
        var valg = indlaesning.Valg;
        using var mappe = new Sorteringsmappe(valg.MidlertidigeFilerVed);
        var budget = new Hukommelsesbudget(Math.Max(valg.Hukommelse - Forbehold, valg.Hukommelse / 4));
        var laesninger = new List<IPersonfillaesning>();
        try
        {
            Tilfoej<YdelseLaeser, Ydelsesperiode>(filer.Ydelser);
            Tilfoej<SamtaleLaeser, Samtale>(filer.Samtaler);
            Tilfoej<TilbudLaeser, Tilbud>(filer.Tilbud);
            Tilfoej<TimeLaeser, Timeperiode>(filer.Timer);
            Tilfoej<FritagelseLaeser, Fritagelse>(filer.Fritagelser);
            Forscan(laesninger, valg.Traade);
            var markoerer = new List<IPersonmarkoer>(laesninger.Count);
            try
            {
                foreach (var l in laesninger)
                {
                    markoerer.Add(l.Aabn(egenTraad: valg.Traade > 1));
                }

                Personstroem.Koer(markoerer, behandl);
            }
            finally
            {
                // Stops the reader threads before their sources are disposed.
                foreach (var m in markoerer)
                {
                    m.Dispose();
                }
            }

            foreach (var l in laesninger)
            {
                l.Afslut(indlaesning);
            }
        }
        finally
        {
            foreach (var l in laesninger)
            {
                l.Dispose();
            }
        }

        void Tilfoej<TLaeser, TRaekke>(string? sti)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : unmanaged
        {
            if (sti is not null)
            {
                valg.VedAabning?.Invoke(sti);
                laesninger.Add(new Personfillaesning<TLaeser, TRaekke>(indlaesning, sti, budget, mappe));
            }
        }
    }

    /// <summary>The first pass of every person file, the largest first, side by side on up to <paramref name="traade"/> threads.</summary>
    private static void Forscan(List<IPersonfillaesning> laesninger, int traade)
    {
        var fejl = new ExceptionDispatchInfo?[laesninger.Count];
        int[] raekkefoelge = [.. Enumerable.Range(0, laesninger.Count).OrderByDescending(i => laesninger[i].Stoerrelse)];
        Parallel.ForEach(raekkefoelge, new ParallelOptions { MaxDegreeOfParallelism = traade }, i =>
        {
            try
            {
                laesninger[i].Forscan();
            }
            catch (Exception e)
            {
                fejl[i] = ExceptionDispatchInfo.Capture(e);
            }
        });

        // The first failing file in file order, whatever thread finished first.
        Array.Find(fejl, e => e is not null)?.Throw();
    }

    /// <summary>Reads the person files one after the other, checking rows only, and throws the first error there is in file order and line, unless it is <paramref name="fejl"/> itself.</summary>
    /// <remarks>
    /// Called only when reading failed with <paramref name="fejl"/>, so that which error is reported does not depend on threads or passes; returns
    /// when the first error is <paramref name="fejl"/> (which then keeps the stack of the thread that met it) or when it finds none.
    /// </remarks>
    private static void FoersteFejl(Filplacering filer, Indlaesningsvalg valg, InputFejlException fejl)
    {
        try
        {
            Kontroller<YdelseLaeser, Ydelsesperiode>(filer.Ydelser);
            Kontroller<SamtaleLaeser, Samtale>(filer.Samtaler);
            Kontroller<TilbudLaeser, Tilbud>(filer.Tilbud);
            Kontroller<TimeLaeser, Timeperiode>(filer.Timer);
            Kontroller<FritagelseLaeser, Fritagelse>(filer.Fritagelser);
        }
        catch (InputFejlException foerste) when (foerste.Message == fejl.Message)
        {
        }

        void Kontroller<TLaeser, TRaekke>(string? sti)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : unmanaged
        {
            if (sti is null)
            {
                return;
            }

            using RecordSource kilde = Filkilde.Aabn(sti, valg);
            var laeser = TLaeser.Opret(kilde);
            var kontrol = new Raekkekontrol(kilde, valg, [], Dubletkontrol.Udskudt());
            while (kontrol.Naeste())
            {
                laeser.Kontroller(kontrol, out _);
            }

            kilde.Finish();
        }
    }

    /// <summary>Reads a whole person file into the register: any row order, de-duplicated over the whole file.</summary>
    private static void LaesHele<TLaeser, TRaekke>(Indlaesning indlaesning, string? sti, Personregister personer)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : unmanaged
    {
        if (sti is null)
        {
            return;
        }

        using RecordSource kilde = indlaesning.Aabn(sti);
        var laeser = TLaeser.Opret(kilde);
        var kontrol = indlaesning.Kontrol(kilde, Dubletkontrol.HeleFilen());
        while (Raekkelaesning.Naeste(laeser, kontrol, out TRaekke raekke))
        {
            TLaeser.Liste(personer.Person(kontrol.Tegn(laeser.PersonKolonne))).Add(raekke);
        }

        indlaesning.Afslut(kontrol);
    }

    private static Inddata LaesResten(Indlaesning indlaesning, Filplacering filer, List<Persondata> personer, Dataperiode periode)
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
            Rapport = indlaesning.Rapport(periode) with { Database = filer.Database },
        };
    }
}
