using System.Runtime.InteropServices;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Swaps two folders in one step where the system can (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>).</summary>
internal static partial class Mappeombytning
{
    private const int AtFdcwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Exchanges the names of two existing folders atomically; <see langword="false"/> when the system or file system cannot.</summary>
    public static bool ProevByt(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Renameat2(AtFdcwd, a, AtFdcwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
