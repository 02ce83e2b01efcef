namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Runs the real root command in-process with captured output.</summary>
internal sealed record Koersel(int Kode, string Ud, string Fejl)
{
    public static Koersel Start(params string[] args)
    {
        using var ud = new StringWriter();
        using var fejl = new StringWriter();
        int kode = Kommandolinje.Koer(args, ud, fejl);
        return new Koersel(kode, ud.ToString(), fejl.ToString());
    }
}
