namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>A tiny hand-made data folder written into a temp folder, with one person per rule to explain.</summary>
/// <remarks>E's half year on dagpenge never reaches the målgruppe; it carries the data to 2023-12-31, as an opgørelse for 2023 needs (SPEC §9.2).</remarks>
internal static class Smaadata
{
    public static string Skriv()
    {
        string mappe = Repo.NyMappe();
        File.WriteAllText(Path.Combine(mappe, "ydelser.csv"), """
            person_id,kommune,ydelse,fra,til
            A,101,kontanthjaelp,2021-06-01,
            B,147,sho,2021-01-01,2023-04-30
            B,147,kontanthjaelp,2023-05-01,
            C,101,dagpenge,2023-01-01,2023-06-30
            D,147,dagpenge,2021-01-01,2021-06-10
            D,147,dagpenge,2021-07-20,
            E,101,dagpenge,2023-07-01,2023-12-31

            """.Replace("            ", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(mappe, "samtaler.csv"), """
            person_id,dato,type,form
            A,2023-01-10,jobsamtale,telefon
            A,2023-03-10,jobsamtale,personligt
            A,2023-05-10,jobsamtale,personligt
            A,2023-07-10,jobsamtale,digital
            C,2023-04-01,jobsamtale,digital
            D,2023-04-01,sygeopfoelgning,digital
            D,2023-04-02,sygeopfoelgning,digital
            D,2023-04-03,sygeopfoelgning,digital
            D,2023-04-04,sygeopfoelgning,digital

            """.Replace("            ", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(mappe, "tilbud.csv"), """
            person_id,fra,til,type
            A,2023-04-01,2023-04-30,oevrig_vejledning
            B,2023-04-01,2023-04-30,oevrig_vejledning
            D,2023-03-01,2023-03-31,loentilskud

            """.Replace("            ", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(mappe, "timer.csv"), """
            person_id,fra,til,timer
            A,2023-05-01,2023-05-31,60.5
            A,2023-06-01,,80

            """.Replace("            ", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(mappe, "benchmark.csv"), """
            aar,kommune,faktisk,forventet
            2023,101,17.2,16.1
            2023,147,10.0,12.0

            """.Replace("            ", "", StringComparison.Ordinal));
        return mappe;
    }
}
