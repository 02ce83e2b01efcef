namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>A fact that needs a headless Chromium at <see cref="Sti"/>; skipped with a reason when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Sti = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Sti))
        {
            Skip = $"Chromium findes ikke på {Sti}; installér det (apt-get install chromium) for at teste rapport.html i en browser.";
        }
    }
}
