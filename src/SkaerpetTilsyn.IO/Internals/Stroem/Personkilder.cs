using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Internals.Raekker;

namespace SkaerpetTilsyn.IO.Internals.Stroem;

/// <summary>The person files of one reading, opened in file order, each with its rejected rows kept apart so files can be read side by side.</summary>
internal sealed class Personkilder(Reading reading) : IDisposable
{
    private readonly List<CsvSource> _kilder = [];
    private readonly List<List<Afvisning>> _afviste = [];
    private readonly List<IDisposable> _laesere = [];

    /// <summary>Opens the five person files that are present and makes a reader of each with <paramref name="fabrik"/>.</summary>
    public List<T> Aabn<T>(string ydelser, string samtaler, string tilbud, string? timer, string? fritagelser, IPersonfilfabrik<T> fabrik)
    {
        var ud = new List<T>();
        Tilfoej<YdelseLaeser, Core.Data.Ydelsesperiode>(ydelser);
        Tilfoej<SamtaleLaeser, Core.Data.Samtale>(samtaler);
        Tilfoej<TilbudLaeser, Core.Data.Tilbud>(tilbud);
        Tilfoej<TimeLaeser, Core.Data.Timeperiode>(timer);
        Tilfoej<FritagelseLaeser, Core.Data.Fritagelse>(fritagelser);
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
            var kilde = reading.Open(sti, egne);
            _kilder.Add(kilde);
            _afviste.Add(egne);
            var laeser = fabrik.Lav<TLaeser, TRaekke>(kilde);
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
        for (int i = 0; i < _kilder.Count; i++)
        {
            reading.Rejected.AddRange(_afviste[i]);
            reading.Finish(_kilder[i]);
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
