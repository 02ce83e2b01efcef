using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Filer;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>The person files of one reading, opened in file order, each with its rejected rows kept apart so files can be read side by side.</summary>
internal sealed class Personkilder(Indlaesning indlaesning) : IDisposable
{
    private readonly List<RecordSource> _kilder = [];
    private readonly List<Raekkekontrol> _kontroller = [];
    private readonly List<List<Afvisning>> _afviste = [];
    private readonly List<IDisposable> _laesere = [];

    /// <summary>Opens the five person files that are present and makes a reader of each with <paramref name="fabrik"/>.</summary>
    public List<T> Aabn<T>(Filplacering filer, IPersonfilfabrik<T> fabrik)
    {
        var ud = new List<T>();
        Tilfoej<YdelseLaeser, Ydelsesperiode>(filer.Ydelser);
        Tilfoej<SamtaleLaeser, Samtale>(filer.Samtaler);
        Tilfoej<TilbudLaeser, Tilbud>(filer.Tilbud);
        Tilfoej<TimeLaeser, Timeperiode>(filer.Timer);
        Tilfoej<FritagelseLaeser, Fritagelse>(filer.Fritagelser);
        return ud;

        void Tilfoej<TLaeser, TRaekke>(string? sti)
            where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
            where TRaekke : struct
        {
            if (sti is null)
            {
                return;
            }

            var egne = new List<Afvisning>();
            var kilde = indlaesning.Aabn(sti);
            _kilder.Add(kilde);
            var (laeser, kontrol) = fabrik.Lav<TLaeser, TRaekke>(kilde, egne);
            _kontroller.Add(kontrol);
            _afviste.Add(egne);
            if (laeser is IDisposable d)
            {
                _laesere.Add(d);
            }

            ud.Add(laeser);
        }
    }

    /// <summary>Hands every file's rejected rows and counts to the reading, in file order; call once all rows are read.</summary>
    public void Afslut()
    {
        for (int i = 0; i < _kontroller.Count; i++)
        {
            indlaesning.Afviste.AddRange(_afviste[i]);
            indlaesning.Afslut(_kontroller[i]);
        }
    }

    /// <summary>Stops the readers (their threads) before the sources they read: a disposed CsvHelper reader hands its buffers back to a shared pool.</summary>
    public void Dispose()
    {
        foreach (var l in _laesere)
        {
            l.Dispose();
        }

        foreach (var k in _kilder)
        {
            k.Dispose();
        }
    }
}
