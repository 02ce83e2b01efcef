namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Why the file system refused, in a few Danish words for a sentence that names what and where (SPEC §9.5), instead of .NET's English message.</summary>
public static class Filsystemfejl
{
    // errno on Linux and macOS, carried as the HResult of the IOException .NET throws there.
    private const int Enotdir = 20;
    private const int Enospc = 28;
    private const int Erofs = 30;

    // Win32 error codes, carried in the low word of the HResult on Windows.
    private const int ErrorHandleDiskFull = 39;
    private const int ErrorDiskFull = 112;
    private const int ErrorWriteProtect = 19;

    /// <summary>Whether <paramref name="e"/> is the file system refusing, which is the user's to fix (exit 2), not a defect.</summary>
    public static bool Er(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The reason, such as <c>adgang nægtet</c> or <c>disken er fuld</c>.</summary>
    public static string Aarsag(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            UnauthorizedAccessException => "adgang nægtet",
            FileNotFoundException => "filen findes ikke",
            DirectoryNotFoundException => "en mappe i stien findes ikke eller er en fil",
            PathTooLongException => "stien er for lang",
            IOException io => Kode(io.HResult) switch
            {
                Enospc or ErrorDiskFull or ErrorHandleDiskFull => "disken er fuld",
                Erofs or ErrorWriteProtect => "filsystemet er skrivebeskyttet",
                Enotdir => "en del af stien er en fil og ikke en mappe",
                _ => "filsystemet afviste handlingen",
            },
            _ => throw new ArgumentException("Not a file-system error.", nameof(e)),
        };
    }

    // On Windows the HResult is 0x8007xxxx with the Win32 code in the low word; on Unix it is the errno itself.
    private static int Kode(int hresult) => (hresult & unchecked((int)0xFFFF0000)) == unchecked((int)0x80070000) ? hresult & 0xFFFF : hresult;
}
