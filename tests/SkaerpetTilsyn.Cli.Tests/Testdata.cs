using System.Globalization;
using System.Text;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>A small data folder written for one test: three kommuner whose results the monitor and diff tests know in advance.</summary>
/// <remarks>
/// 101 København: 10 hours a month in 2023 plus 150 in December 2022 and a samtale every month, so fokusmål 1 for 2023 is met under
/// bek-301-2023 (100 hours: 0.00 %) and not under bek-2019 (225 hours: 8 of 12 months, 66.67 %); without hours in 2024 the rolling
/// figure of June 2024 is 4 of 12 months, 33.33 %. 147 Frederiksberg: under administration, no tilbud or samtaler.
/// 151 Ballerup: status ingen, no tilbud or samtaler, resultatmål not met: at risk. Every ydelse runs to <c>slut</c>, which is where the data end.
/// </remarks>
internal static class Testdata
{
    public static string Skriv(string slut = "2024-06-30", bool medStatus = true)
    {
        string mappe = Repo.NyMappe();
        var ydelser = new StringBuilder("person_id,kommune,ydelse,fra,til\n");
        foreach (var (id, kommune) in new[] { ("A", 101), ("B", 147), ("C", 151) })
        {
            ydelser.Append(CultureInfo.InvariantCulture, $"{id},{kommune},kontanthjaelp,2021-01-01,{slut}\n");
        }

        var samtaler = new StringBuilder("person_id,dato,type,form\n");
        var timer = new StringBuilder("person_id,fra,til,timer\nA,2022-12-01,2022-12-31,150\n");
        for (int aar = 2022; aar <= 2024; aar++)
        {
            // Samtaler stop in May 2024, so they never carry the data end past a ydelse ending 31 May.
            for (int m = 1; m <= (aar == 2024 ? 5 : 12); m++)
            {
                samtaler.Append(CultureInfo.InvariantCulture, $"A,{aar}-{m:D2}-05,jobsamtale,personligt\n");
                if (aar == 2023)
                {
                    timer.Append(CultureInfo.InvariantCulture, $"A,2023-{m:D2}-01,2023-{m:D2}-10,10\n");
                }
            }
        }

        Fil(mappe, "ydelser.csv", ydelser.ToString());
        Fil(mappe, "samtaler.csv", samtaler.ToString());
        Fil(mappe, "tilbud.csv", "person_id,fra,til,type\n");
        Fil(mappe, "timer.csv", timer.ToString());
        Fil(mappe, "benchmark.csv", "aar,kommune,faktisk,forventet\n2023,101,20.0,10.0\n2023,147,20.0,10.0\n2023,151,20.0,10.0\n");
        if (medStatus)
        {
            Fil(mappe, "status.csv", "kommune,status,udvalgt_aar,basis_fm1,basis_fm2\n147,administration,2021,45.00,30.00\n");
        }

        return mappe;
    }

    private static void Fil(string mappe, string navn, string indhold) => File.WriteAllText(Path.Combine(mappe, navn), indhold);
}
