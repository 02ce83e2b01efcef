namespace SkaerpetTilsyn.IO.Generering;

/// <summary>The seven output files, written under temporary names and renamed when all are complete.</summary>
internal sealed class Csvfiler : IDisposable
{
    private const string Midlertidig = ".tmp";

    /// <summary>The first five files are the person files.</summary>
    private const int Personfiler = 5;

    private static readonly string[] s_navne = ["ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "fritagelser.csv", "benchmark.csv", "status.csv"];

    private static readonly string[] s_overskrifter =
    [
        "person_id,kommune,ydelse,fra,til",
        "person_id,dato,type,form",
        "person_id,fra,til,type",
        "person_id,fra,til,timer",
        "person_id,fra,til,aarsag",
        "aar,kommune,faktisk,forventet",
        "kommune,status,udvalgt_aar,basis_fm1,basis_fm2",
    ];

    private readonly string _mappe;
    private readonly Utf8Linjeskriver[] _skrivere;
    private bool _faerdig;

    public Csvfiler(string mappe)
    {
        _mappe = mappe;
        _skrivere = new Utf8Linjeskriver[s_navne.Length];
        for (int i = 0; i < s_navne.Length; i++)
        {
            var stroem = new FileStream(Path.Combine(mappe, s_navne[i] + Midlertidig), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
            _skrivere[i] = new Utf8Linjeskriver(stroem);
            _skrivere[i].Tekst(Utf8Linjeskriver.Utf8(s_overskrifter[i]));
            _skrivere[i].Linjeslut();
        }
    }

    public Utf8Linjeskriver Ydelser => _skrivere[0];

    public Utf8Linjeskriver Samtaler => _skrivere[1];

    public Utf8Linjeskriver Tilbud => _skrivere[2];

    public Utf8Linjeskriver Timer => _skrivere[3];

    public Utf8Linjeskriver Fritagelser => _skrivere[4];

    public Utf8Linjeskriver Benchmark => _skrivere[5];

    public Utf8Linjeskriver Status => _skrivere[6];

    /// <summary>The names of the files a data set consists of.</summary>
    public static IReadOnlyList<string> Navne => s_navne;

    /// <summary>Flushes and closes every file, lets <paramref name="personfil"/> rework each person file (its path and number, 0 for ydelser) and gives every file its final name.</summary>
    public void Afslut(Action<string, int> personfil)
    {
        foreach (Utf8Linjeskriver skriver in _skrivere)
        {
            skriver.Dispose();
        }

        try
        {
            for (int i = 0; i < Personfiler; i++)
            {
                personfil(Path.Combine(_mappe, s_navne[i] + Midlertidig), i);
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        _faerdig = true;
        foreach (string navn in s_navne)
        {
            string sti = Path.Combine(_mappe, navn);
            File.Move(sti + Midlertidig, sti, overwrite: true);
        }
    }

    /// <summary>Closes the files; if <see cref="Afslut"/> was not reached, deletes the temporary files.</summary>
    public void Dispose()
    {
        if (_faerdig)
        {
            return;
        }

        _faerdig = true;
        foreach (Utf8Linjeskriver skriver in _skrivere)
        {
            skriver.Dispose();
        }

        foreach (string navn in s_navne)
        {
            foreach (string rest in Directory.EnumerateFiles(_mappe, navn + Midlertidig + "*"))
            {
                File.Delete(rest);
            }
        }
    }
}
