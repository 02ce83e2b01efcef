using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using SkaerpetTilsyn.IO.Dokumenter;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>
/// Publishes a run's output files as one set: they are written into a fresh folder beside the output folder, which then takes
/// the output folder's place in one step, so a run killed at any moment leaves either the whole previous set or the whole new one.
/// </summary>
/// <remarks>
/// On Linux the two folders are exchanged with <c>renameat2(RENAME_EXCHANGE)</c>, and the old set is deleted afterwards. Elsewhere
/// (or on a file system without it) the old folder is first renamed aside; a kill between the two renames leaves no output folder
/// but the previous set beside it, which the next run puts back. Temporary folders of runs that no longer live are removed
/// when the next run starts. An output folder holding a different run's outputs is refused unless <c>overskriv</c>; one that
/// holds anything but a run's outputs is always refused, since replacing the folder would delete it.
/// </remarks>
internal static class Koerselsmappe
{
    private const string Ny = "ny";
    private const string Gammel = "gammel";

    private static readonly string[] s_udfilendelser = [".csv", ".parquet", ".json", ".html"];

    /// <summary>Lets <paramref name="skriv"/> write every output file into a new folder, then puts that folder in <paramref name="udMappe"/>'s place.</summary>
    /// <param name="udMappe">The output folder.</param>
    /// <param name="overskriv">Whether another run's outputs may be replaced.</param>
    /// <param name="skriv">Writes the outputs into the folder it is given.</param>
    /// <param name="undermappe">The names of the subfolders the command writes (<c>historik</c>'s year folders); none when null.</param>
    /// <exception cref="InputFejlException">The folder holds another run's outputs (without <paramref name="overskriv"/>) or other files, or cannot be written.</exception>
    public static void Udgiv(string udMappe, bool overskriv, Action<string> skriv, Func<string, bool>? undermappe = null)
    {
        ArgumentNullException.ThrowIfNull(udMappe);
        ArgumentNullException.ThrowIfNull(skriv);
        string ud = Path.TrimEndingDirectorySeparator(Path.GetFullPath(udMappe));
        string foraelder = Path.GetDirectoryName(ud) ?? throw new InputFejlException($"Udmappen '{udMappe}' kan ikke være en rodmappe.");
        string midlertidig = Navn(ud, Ny, Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(foraelder);
            Ryd(ud);
            KontrollerIndhold(ud, undermappe ?? (_ => false));
            Directory.CreateDirectory(midlertidig);
            skriv(midlertidig);
            KontrollerAndenKoersel(ud, midlertidig, overskriv);
            Flyt(midlertidig, ud);
        }
        catch (Exception e) when (Filsystemfejl.Er(e))
        {
            SletStille(midlertidig);
            throw new InputFejlException(
                $"Resultaterne kan ikke skrives til '{udMappe}' ({Filsystemfejl.Aarsag(e)}); kontrollér, at mappen kan skrives i, og at disken ikke er fuld.", e);
        }
        catch
        {
            SletStille(midlertidig);
            throw;
        }
    }

    private static void Flyt(string midlertidig, string ud)
    {
        if (!Directory.Exists(ud))
        {
            Directory.Move(midlertidig, ud);
            return;
        }

        if (Mappeombytning.ProevByt(midlertidig, ud))
        {
            // The old set now has the temporary name.
            SletStille(midlertidig);
            return;
        }

        string gammel = Navn(ud, Gammel, Environment.ProcessId);
        Directory.Move(ud, gammel);
        Directory.Move(midlertidig, ud);
        SletStille(gammel);
    }

    /// <summary>Removes what runs that died left beside <paramref name="ud"/>, first putting back a previous set a run moved aside.</summary>
    private static void Ryd(string ud)
    {
        string foraelder = Path.GetDirectoryName(ud)!;
        string praefiks = $".{Path.GetFileName(ud)}.skaerpet-";
        foreach (string sti in Directory.EnumerateDirectories(foraelder, praefiks + "*"))
        {
            string[] dele = Path.GetFileName(sti)[praefiks.Length..].Split('-');
            if (dele.Length != 3 || !int.TryParse(dele[1], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || Lever(pid))
            {
                continue;
            }

            if (dele[0] == Gammel && !Directory.Exists(ud))
            {
                Directory.Move(sti, ud);
            }
            else
            {
                SletStille(sti);
            }
        }
    }

    private static void KontrollerIndhold(string ud, Func<string, bool> undermappe)
    {
        if (!Directory.Exists(ud))
        {
            return;
        }

        var indhold = Directory.GetFileSystemEntries(ud);
        if (indhold.Length == 0)
        {
            return;
        }

        string? fremmed = Fremmed(ud, undermappe);
        if (fremmed is not null || !File.Exists(Path.Combine(ud, "koersel.json")))
        {
            string hvad = fremmed is null ? "filer uden koersel.json" : $"'{Path.GetRelativePath(ud, fremmed)}'";
            throw new InputFejlException(
                $"Udmappen '{ud}' indeholder {hvad}, altså ikke resultater fra en kørsel af skaerpet. Mappen erstattes helt af resultaterne, så vælg en tom eller ny mappe.");
        }
    }

    /// <summary>The first entry of <paramref name="mappe"/>, or of an output subfolder in it, that is not an output file; null when there is none.</summary>
    private static string? Fremmed(string mappe, Func<string, bool> undermappe)
    {
        foreach (string e in Directory.GetFileSystemEntries(mappe))
        {
            string? fremmed = Directory.Exists(e)
                ? undermappe(Path.GetFileName(e)) ? Fremmed(e, undermappe) : FremmedIDokumentmappe(e) is { } f ? Path.Combine(mappe, f) : null
                : s_udfilendelser.Contains(Path.GetExtension(e), StringComparer.Ordinal) ? null : e;
            if (fremmed is not null)
            {
                return fremmed;
            }
        }

        return null;
    }

    /// <summary>The first entry of <paramref name="mappe"/> that <c>opgoerelse --dokumenter</c> did not write, as a path relative to the folder holding it; null when there is none.</summary>
    /// <remarks>Only a kommune's own document name counts as written (SPEC §11.1–11.2), so a user's file put beside the letters is never deleted.</remarks>
    private static string? FremmedIDokumentmappe(string mappe)
    {
        string navn = Path.GetFileName(mappe);
        string? endelse = navn switch
        {
            Dokumentskriver.Meddelelsesmappe => ".docx",
            Dokumentskriver.Sagsgennemgangsmappe => ".xlsx",
            _ => null,
        };
        if (endelse is null)
        {
            return navn;
        }

        foreach (string e in Directory.GetFileSystemEntries(mappe))
        {
            if (!File.Exists(e) || !Dokumentnavn.Er(Path.GetFileName(e), endelse))
            {
                return navn + "/" + Path.GetFileName(e);
            }
        }

        return null;
    }

    private static void KontrollerAndenKoersel(string ud, string midlertidig, bool overskriv)
    {
        string gammelSti = Path.Combine(ud, "koersel.json");
        if (overskriv || !File.Exists(gammelSti))
        {
            return;
        }

        var gammel = Sammenligneligt(gammelSti);
        var ny = Sammenligneligt(Path.Combine(midlertidig, "koersel.json"));
        if (!JsonNode.DeepEquals(gammel, ny))
        {
            throw new InputFejlException(
                $"Udmappen '{ud}' indeholder resultaterne af en anden kørsel (anden kommando, andre inddata, andre parametre eller et andet regelsæt ifølge koersel.json). Vælg en anden udmappe, eller kør med --overskriv for at erstatte dem.");
        }
    }

    /// <summary>A run's record without the program version and a database server's version, so a rerun with a newer build or server counts as the same run.</summary>
    private static JsonNode? Sammenligneligt(string sti)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllBytes(sti));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        if (node is JsonObject o)
        {
            o.Remove("version");
            (o["database"] as JsonObject)?.Remove("serverversion");
        }

        return node;
    }

    private static string Navn(string ud, string slags, int pid) =>
        Path.Combine(Path.GetDirectoryName(ud)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(ud)}.skaerpet-{slags}-{pid}-{Guid.NewGuid():N}"));

    private static bool Lever(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void SletStille(string sti)
    {
        try
        {
            if (Directory.Exists(sti))
            {
                Directory.Delete(sti, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove; the published outputs are complete either way.
        }
    }
}
