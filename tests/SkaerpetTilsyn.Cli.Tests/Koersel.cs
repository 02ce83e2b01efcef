namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>Runs the real root command in-process with captured output.</summary>
internal sealed record Koersel(int Kode, string Ud, string Fejl)
{
    public static Koersel Start(params string[] args) => StartMedAabninger(null, args);

    /// <summary>Runs the command and adds the path of every input file it opens to <paramref name="aabninger"/>.</summary>
    public static Koersel StartMedAabninger(List<string>? aabninger, params string[] args)
    {
        using var ud = new StringWriter();
        using var fejl = new StringWriter();
        int kode = Kommandolinje.Koer(args, ud, fejl, aabninger is null ? null : aabninger.Add);
        return new Koersel(kode, ud.ToString(), fejl.ToString());
    }
}
