namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Creates the output folder, turning a failure into one clear sentence (exit code 2).</summary>
public static class Udmappe
{
    public static void Opret(string mappe)
    {
        try
        {
            Directory.CreateDirectory(mappe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFejlException($"Udmappen '{mappe}' kan ikke oprettes: {e.Message}", e);
        }
    }
}
