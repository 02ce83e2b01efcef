using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>Reads one sorted person file into blocks of whole persons and serves them person by person, on the caller's thread or from a thread of its own.</summary>
internal sealed class Personfil<TLaeser, TRaekke> : IPersonmarkoer
    where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
    where TRaekke : struct
{
    private const int RaekkerPrBlok = 4096;

    private readonly TLaeser _laeser;
    private readonly Raekkekontrol _kontrol;
    private readonly Personorden _orden;
    private readonly ConcurrentBag<Personblok<TRaekke>> _ledige = [];
    private readonly BlockingCollection<Personblok<TRaekke>>? _koe;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task? _producent;
    private ExceptionDispatchInfo? _fejl;
    private bool _harVentende;
    private TRaekke _ventende;
    private bool _filSlut;
    private Personblok<TRaekke>? _blok;
    private int _person;
    private bool _lukket;

    /// <summary>Starts reading through <paramref name="kontrol"/>, whose duplicates are found per person of <paramref name="orden"/>; with <paramref name="egenTraad"/> a thread of its own reads ahead into a bounded queue.</summary>
    public Personfil(TLaeser laeser, Raekkekontrol kontrol, Personorden orden, bool egenTraad)
    {
        _laeser = laeser;
        _kontrol = kontrol;
        _orden = orden;
        if (egenTraad)
        {
            _koe = new BlockingCollection<Personblok<TRaekke>>(boundedCapacity: 4);
            _producent = Task.Factory.StartNew(Producer, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            NaesteBlok();
        }
        catch
        {
            // Nobody else can stop the thread this constructor started.
            Dispose();
            throw;
        }
    }

    public bool Slut => _blok is null;

    public ReadOnlySpan<byte> Id => _blok!.Id(_person);

    public void Overfoer(Persondata person)
    {
        var liste = TLaeser.Liste(person);
        var (fra, til) = _blok!.Raekkeinterval(_person);
        for (int i = fra; i < til; i++)
        {
            liste.Add(_blok.Raekker[i]);
        }

        if (++_person == _blok.Personer.Count)
        {
            Genbrug(_blok);
            NaesteBlok();
        }
    }

    public void Dispose()
    {
        if (_lukket)
        {
            return;
        }

        _lukket = true;
        _stop.Cancel();
        try
        {
            _producent?.Wait();
        }
        catch (AggregateException)
        {
            // The producer's own failure was already handed to the consumer, or the consumer stopped first.
        }

        _koe?.Dispose();
        _stop.Dispose();
    }

    /// <summary>Gives a block the consumer is done with back to the producer.</summary>
    private void Genbrug(Personblok<TRaekke> blok)
    {
        blok.Toem();
        _ledige.Add(blok);
    }

    private void NaesteBlok()
    {
        _person = 0;
        if (_koe is null)
        {
            _blok = LaesBlok();
            return;
        }

        _blok = _koe.TryTake(out var blok, Timeout.Infinite) ? blok : null;
        if (_blok is null)
        {
            // Rethrown on the consumer's thread with the input error's own type, message and the producer's stack trace.
            _fejl?.Throw();
        }
    }

    private void Producer()
    {
        try
        {
            while (LaesBlok() is { } blok)
            {
                _koe!.Add(blok, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _fejl = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _koe!.CompleteAdding();
        }
    }

    /// <summary>Reads rows until the block holds enough whole persons; null at the end of the file.</summary>
    private Personblok<TRaekke>? LaesBlok()
    {
        if (_filSlut)
        {
            return null;
        }

        var blok = _ledige.TryTake(out var genbrugt) ? genbrugt : new Personblok<TRaekke>();
        if (_harVentende)
        {
            blok.NyPerson(_orden.PersonId);
            blok.Raekker.Add(_ventende);
            _harVentende = false;
        }

        while (_laeser.Naeste(_kontrol, out var raekke))
        {
            if (_orden.NyPerson)
            {
                if (blok.Raekker.Count >= RaekkerPrBlok)
                {
                    // Blocks end between persons, so a person's rows are never split.
                    _ventende = raekke;
                    _harVentende = true;
                    return blok;
                }

                blok.NyPerson(_orden.PersonId);
            }

            blok.Raekker.Add(raekke);
        }

        _filSlut = true;
        return blok.Personer.Count > 0 ? blok : null;
    }
}
