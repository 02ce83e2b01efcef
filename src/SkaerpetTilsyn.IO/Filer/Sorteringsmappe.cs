using System.Globalization;
using System.Runtime.InteropServices;

namespace SkaerpetTilsyn.IO.Filer;

/// <summary>
/// The temporary folder of one run's spilled sort runs: made on the first spill, beside the output folder (<c>.UDMAPPE.skaerpet-sortering-PID-…</c>)
/// or in the system's temporary folder, and removed when the reading ends, when the process is stopped by a signal, or — after a kill
/// that no process survives — by the next run, which removes every such folder whose process no longer lives.
/// </summary>
/// <remarks>Thread safe: files read side by side spill into the same folder.</remarks>
internal sealed class Sorteringsmappe : IDisposable
{
    private const string Slags = "sortering";

    private readonly string _foraelder;
    private readonly string _praefiks;
    private readonly Lock _laas = new();
    private string? _sti;
    private int _filer;
    private PosixSignalRegistration[] _signaler = [];
    private bool _lukket;

    /// <summary>A folder beside <paramref name="udMappe"/>, or in <see cref="Path.GetTempPath"/> when it is null.</summary>
    public Sorteringsmappe(string? udMappe)
    {
        if (udMappe is null)
        {
            _foraelder = Path.GetTempPath();
            _praefiks = "skaerpet-";
        }
        else
        {
            string ud = Path.TrimEndingDirectorySeparator(Path.GetFullPath(udMappe));
            _foraelder = Path.GetDirectoryName(ud) ?? Path.GetTempPath();
            _praefiks = $".{Path.GetFileName(ud)}.skaerpet-";
        }
    }

    /// <summary>The path of a new file for one sort run, making the folder (and removing dead runs' folders) the first time.</summary>
    public string NyFil()
    {
        lock (_laas)
        {
            ObjectDisposedException.ThrowIf(_lukket, this);
            if (_sti is null)
            {
                RydDoede();
                string sti = Path.Combine(_foraelder, string.Create(CultureInfo.InvariantCulture, $"{_praefiks}{Slags}-{Environment.ProcessId}-{Guid.NewGuid():N}"));
                Directory.CreateDirectory(sti);
                _sti = sti;
                AppDomain.CurrentDomain.ProcessExit += VedAfslutning;
                _signaler = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
                    .Select(s => PosixSignalRegistration.Create(s, _ => Slet()))];
            }

            return Path.Combine(_sti, string.Create(CultureInfo.InvariantCulture, $"{++_filer}.koersel"));
        }
    }

    public void Dispose()
    {
        lock (_laas)
        {
            _lukket = true;
            foreach (var s in _signaler)
            {
                s.Dispose();
            }

            AppDomain.CurrentDomain.ProcessExit -= VedAfslutning;
            Slet();
        }
    }

    private static bool Lever(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
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
            Directory.Delete(sti, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run, which removes the folders of processes that no longer live.
        }
    }

    private void VedAfslutning(object? sender, EventArgs e) => Slet();

    private void Slet()
    {
        string? sti = Interlocked.Exchange(ref _sti, null);
        if (sti is not null && Directory.Exists(sti))
        {
            SletStille(sti);
        }
    }

    /// <summary>Removes the sort folders of runs whose process no longer lives (killed before they could remove their own).</summary>
    private void RydDoede()
    {
        if (!Directory.Exists(_foraelder))
        {
            return;
        }

        string moenster = $"{_praefiks}{Slags}-";
        foreach (string sti in Directory.EnumerateDirectories(_foraelder, moenster + "*"))
        {
            string[] dele = Path.GetFileName(sti)[moenster.Length..].Split('-');
            if (dele.Length == 2 && int.TryParse(dele[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && !Lever(pid))
            {
                SletStille(sti);
            }
        }
    }
}
