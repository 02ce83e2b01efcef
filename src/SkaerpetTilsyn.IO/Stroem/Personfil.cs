using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>
/// Serves one person file person by person in person_id order: its rows in place streamed in blocks of whole persons, and the rows
/// set aside before streaming (<see cref="Personfillaesning{TLaeser, TRaekke}"/>) merged in when their person's turn comes — after the person's rows in
/// place, as in the file. On the caller's thread or from a thread of its own.
/// </summary>
/// <remarks>
/// A person's rows in place all come before its rows set aside (a row is set aside when its id sorts before one already seen, and
/// every later row of that id then does too), so appending keeps file order, and one set of keys per person finds every duplicate.
/// </remarks>
internal sealed class Personfil<TLaeser, TRaekke> : IPersonmarkoer
    where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
    where TRaekke : unmanaged
{
    private const int RaekkerPrBlok = 4096;

    private readonly TLaeser _laeser;
    private readonly Raekkekontrol? _kontrol;
    private readonly Dubletkontrol _dubletter;
    private readonly Sorteringslager<TRaekke>.Personlaesning? _tilside;
    private readonly Personorden _orden = new();
    private readonly ConcurrentBag<Personblok<TRaekke>> _ledige = [];
    private readonly BlockingCollection<Personblok<TRaekke>>? _koe;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task? _producent;
    private ExceptionDispatchInfo? _fejl;
    private Tilstand _tilstand;
    private TRaekke _raekke;
    private Personblok<TRaekke>? _blok;
    private int _person;
    private bool _lukket;

    /// <summary>
    /// Streams the rows in place through <paramref name="kontrol"/> (null when every row was set aside), whose duplicates <paramref name="dubletter"/>
    /// finds per person, merging in <paramref name="tilside"/>; with <paramref name="egenTraad"/> a thread of its own reads ahead into a bounded queue.
    /// </summary>
    public Personfil(TLaeser laeser, Raekkekontrol? kontrol, Dubletkontrol dubletter, Sorteringslager<TRaekke>.Personlaesning? tilside, bool egenTraad)
    {
        _laeser = laeser;
        _kontrol = kontrol;
        _dubletter = dubletter;
        _tilside = tilside;
        _tilstand = kontrol is null ? Tilstand.FlytResten : Tilstand.Laes;
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

    private enum Tilstand
    {
        /// <summary>Reading the next row in place.</summary>
        Laes,

        /// <summary>A row in place starts a new person: the persons set aside before it go first.</summary>
        Flyt,

        /// <summary>The row that starts a new person goes into the block.</summary>
        Indsaet,

        /// <summary>The rows in place have ended: every person set aside that is left goes.</summary>
        FlytResten,

        Faerdig,
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
        _tilside?.Dispose();
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

    /// <summary>Fills a block with whole persons until it holds enough rows; null at the end of the file.</summary>
    /// <remarks>Blocks end between persons, so a person's rows are never split; a block may end while persons set aside are moved, which goes on in the next.</remarks>
    private Personblok<TRaekke>? LaesBlok()
    {
        if (_tilstand == Tilstand.Faerdig)
        {
            return null;
        }

        var blok = _ledige.TryTake(out var genbrugt) ? genbrugt : new Personblok<TRaekke>();
        while (true)
        {
            switch (_tilstand)
            {
                case Tilstand.Laes:
                    if (!NaesteIPlads())
                    {
                        _tilstand = Tilstand.FlytResten;
                    }
                    else if (_orden.Se(_kontrol!.Id(_laeser.PersonKolonne)))
                    {
                        _tilstand = Tilstand.Flyt;
                    }
                    else if (!_kontrol.ErDublet())
                    {
                        blok.Raekker.Add(_raekke);
                    }

                    break;

                case Tilstand.Flyt:
                    if (!Flyt(blok, alle: false))
                    {
                        return blok;
                    }

                    // The row that starts the person: never a duplicate, but counted as used.
                    _dubletter.NyPerson();
                    _kontrol!.ErDublet();
                    _tilstand = Tilstand.Indsaet;
                    if (blok.Raekker.Count >= RaekkerPrBlok)
                    {
                        return blok;
                    }

                    break;

                case Tilstand.Indsaet:
                    blok.NyPerson(_orden.PersonId);
                    blok.Raekker.Add(_raekke);
                    _tilstand = Tilstand.Laes;
                    break;

                default:
                    if (!Flyt(blok, alle: true))
                    {
                        return blok;
                    }

                    _tilstand = Tilstand.Faerdig;
                    return blok.Personer.Count > 0 ? blok : null;
            }
        }
    }

    private bool NaesteIPlads()
    {
        while (_kontrol!.Naeste())
        {
            if (_laeser.Kontroller(_kontrol, out _raekke))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the persons set aside that sort before the person of the row in place just read (or all) into the block; false when it filled up first.</summary>
    private bool Flyt(Personblok<TRaekke> blok, bool alle)
    {
        while (_tilside is { Slut: false } t && (alle || t.Id.SequenceCompareTo(_orden.PersonId) < 0))
        {
            // The person whose rows in place were read last: its rows set aside follow them, checked against the same keys.
            if (blok.Personer.Count > 0 && t.Id.SequenceEqual(blok.Id(blok.Personer.Count - 1)))
            {
                t.Overfoer(blok.Raekker, _dubletter);
                continue;
            }

            if (blok.Raekker.Count >= RaekkerPrBlok)
            {
                return false;
            }

            _dubletter.NyPerson();
            blok.NyPerson(t.Id);
            t.Overfoer(blok.Raekker, _dubletter);
        }

        return true;
    }
}
