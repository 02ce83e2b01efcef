using System.IO.Compression;
using System.Text;

namespace SkaerpetTilsyn.IO.Tests;

/// <summary>A temporary data folder for one test, holding the three required files with only their header unless a test writes them.</summary>
public sealed class Datamappe : IDisposable
{
    public const string YdelserHeader = "person_id,kommune,ydelse,fra,til";
    public const string SamtalerHeader = "person_id,dato,type,form";
    public const string TilbudHeader = "person_id,fra,til,type";
    public const string TimerHeader = "person_id,fra,til,timer";
    public const string FritagelserHeader = "person_id,fra,til,aarsag";
    public const string BenchmarkHeader = "aar,kommune,faktisk,forventet";
    public const string StatusHeader = "kommune,status,udvalgt_aar,basis_fm1,basis_fm2";

    public Datamappe()
    {
        Sti = Path.Combine(Path.GetTempPath(), "skaerpet-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Sti);
        Skriv("ydelser.csv", YdelserHeader + "\n");
        Skriv("samtaler.csv", SamtalerHeader + "\n");
        Skriv("tilbud.csv", TilbudHeader + "\n");
    }

    public string Sti { get; }

    public string Fil(string navn) => Path.Combine(Sti, navn);

    public void Skriv(string navn, string indhold) => File.WriteAllBytes(Fil(navn), Encoding.UTF8.GetBytes(indhold));

    public void SkrivGz(string navn, string indhold)
    {
        using FileStream fil = File.Create(Fil(navn));
        using GZipStream gz = new(fil, CompressionLevel.Optimal);
        gz.Write(Encoding.UTF8.GetBytes(indhold));
    }

    public void Slet(string navn) => File.Delete(Fil(navn));

    public void Dispose() => Directory.Delete(Sti, recursive: true);
}
