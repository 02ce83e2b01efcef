namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>
/// SPEC §9.4: the output folder is replaced as a whole, so it must not be the data folder, lie inside it or contain it, and must not be
/// or contain a file an option names; checked before anything is read, so a mistaken <c>--ud</c> never deletes an input.
/// </summary>
/// <remarks>Paths are compared after resolving <c>..</c> and symbolic links, ignoring case where the platform's file systems usually do.</remarks>
public static class Udmappekontrol
{
    /// <summary>More links than this in one path is a loop (Linux's own limit).</summary>
    private const int MaksLinks = 40;

    private static readonly StringComparison s_sammenligning =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Refuses <paramref name="udMappe"/> when it would replace <paramref name="dataMappe"/> or one of <paramref name="filer"/>, or lies inside the data folder; with a database (SPEC §13.2) there is no data folder, only the files.</summary>
    /// <exception cref="InputFejlException">The output folder and an input overlap; the message names both and the option.</exception>
    public static void Kontroller(string udMappe, string? dataMappe, IEnumerable<Tilvalgsfil> filer)
    {
        ArgumentNullException.ThrowIfNull(udMappe);
        ArgumentNullException.ThrowIfNull(filer);
        string ud = Kanonisk(udMappe);
        if (dataMappe is not null)
        {
            KontrollerData(udMappe, ud, dataMappe);
        }

        KontrollerFiler(udMappe, ud, filer);
    }

    private static void KontrollerData(string udMappe, string ud, string dataMappe)
    {
        string data = Kanonisk(dataMappe);
        if (Ens(ud, data))
        {
            throw new InputFejlException(
                $"--ud '{udMappe}' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe.");
        }

        if (Inden(ud, data))
        {
            throw new InputFejlException($"--ud '{udMappe}' ligger inde i datamappen '{dataMappe}' fra --data; vælg en udmappe uden for datamappen.");
        }

        if (Inden(data, ud))
        {
            throw new InputFejlException(
                $"--ud '{udMappe}' indeholder datamappen '{dataMappe}' fra --data, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe.");
        }
    }

    private static void KontrollerFiler(string udMappe, string ud, IEnumerable<Tilvalgsfil> filer)
    {
        foreach (var f in filer)
        {
            string fil = Kanonisk(f.Sti);
            if (Ens(ud, fil))
            {
                throw new InputFejlException($"--ud '{udMappe}' er filen fra {f.Tilvalg}; vælg en anden udmappe.");
            }

            if (Inden(fil, ud))
            {
                throw new InputFejlException(
                    $"--ud '{udMappe}' indeholder '{f.Sti}' fra {f.Tilvalg}, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe, eller læg filen et andet sted.");
            }
        }
    }

    private static bool Ens(string a, string b) => string.Equals(a, b, s_sammenligning);

    /// <summary>Whether <paramref name="sti"/> lies below <paramref name="mappe"/>.</summary>
    private static bool Inden(string sti, string mappe)
    {
        string praefiks = Path.EndsInDirectorySeparator(mappe) ? mappe : mappe + Path.DirectorySeparatorChar;
        return sti.StartsWith(praefiks, s_sammenligning);
    }

    /// <summary>The absolute path with <c>..</c> and every symbolic link of its existing part resolved; the part that does not exist yet is kept as written.</summary>
    private static string Kanonisk(string sti, int links = 0)
    {
        string fuld = Path.GetFullPath(sti);
        string? rod = Path.GetPathRoot(fuld);
        if (string.IsNullOrEmpty(rod))
        {
            return Path.TrimEndingDirectorySeparator(fuld);
        }

        string loest = rod;
        var dele = fuld[rod.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < dele.Length; i++)
        {
            string naeste = Path.Combine(loest, dele[i]);
            FileSystemInfo info = Directory.Exists(naeste) ? new DirectoryInfo(naeste) : new FileInfo(naeste);
            if (info.LinkTarget is null || links >= MaksLinks)
            {
                loest = naeste;
                continue;
            }

            // A link's target may itself hold links; the rest of the path continues from where it points.
            string maal = Path.Combine(Path.GetDirectoryName(naeste)!, info.LinkTarget);
            return Kanonisk(Path.Combine([maal, .. dele[(i + 1)..]]), links + 1);
        }

        return Path.TrimEndingDirectorySeparator(loest);
    }
}
