using System.Text;
using CsvHelper;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>An output CSV in the standard dialect read back with CsvHelper: its header and its rows' field texts.</summary>
internal sealed record Csvfil(string[] Kolonner, IReadOnlyList<string[]> Raekker)
{
    public static Csvfil Laes(string sti)
    {
        using var fil = File.OpenRead(sti);
        using var laeser = CsvReader.Create(fil, new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        string[] kolonner = [.. laeser.Headers];
        var raekker = new List<string[]>();
        while (laeser.Read())
        {
            var raekke = new string[kolonner.Length];
            for (int i = 0; i < raekke.Length; i++)
            {
                raekke[i] = Encoding.UTF8.GetString(laeser.GetSpan(i));
            }

            raekker.Add(raekke);
        }

        return new Csvfil(kolonner, raekker);
    }
}
