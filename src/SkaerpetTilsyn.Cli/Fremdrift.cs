using Spectre.Console;

namespace SkaerpetTilsyn.Cli;

/// <summary>A progress bar on stderr for runs that take more than a couple of seconds, only when stderr is a terminal.</summary>
/// <remarks>The work runs on one worker thread and only reports through <see cref="Fase"/> and <see cref="Tael"/>; the display polls them.</remarks>
internal sealed class Fremdrift
{
    /// <summary>How long a run may take before the bar appears, so short runs print nothing extra.</summary>
    public static readonly TimeSpan StandardForsinkelse = TimeSpan.FromSeconds(2);

    private string _fase = "Arbejder";
    private long _total;
    private long _antal;

    /// <summary>The terminal to draw on: <paramref name="fejl"/> when it is the process's stderr and not redirected, else null (CI, pipes, tests).</summary>
    public static TextWriter? Terminal(TextWriter fejl) => ReferenceEquals(fejl, Console.Error) && !Console.IsErrorRedirected ? fejl : null;

    /// <summary>Runs <paramref name="arbejde"/>; with a <paramref name="terminal"/>, shows a bar there once <paramref name="forsinkelse"/> has passed.</summary>
    public static T Koer<T>(TextWriter? terminal, TimeSpan forsinkelse, Func<Fremdrift, T> arbejde)
    {
        var fremdrift = new Fremdrift();
        if (terminal is null)
        {
            return arbejde(fremdrift);
        }

        var opgave = Task.Run(() => arbejde(fremdrift));
        if (!Task.WhenAny(opgave, Task.Delay(forsinkelse)).GetAwaiter().GetResult().Equals(opgave))
        {
            // Terminal() has already decided this is an interactive terminal; Spectre's own detection
            // (TERM, CI variables) would otherwise fall back to a renderer that draws nothing mid-run.
            var konsol = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(terminal),
                Ansi = AnsiSupport.Yes,
                Interactive = InteractionSupport.Yes,
            });
            // Without a window (a writer in tests, a terminal that reports no size) Spectre sees height 0 and cannot crop the bar.
            if (konsol.Profile.Height <= 0 || konsol.Profile.Width <= 0)
            {
                konsol.Profile.Height = 24;
                konsol.Profile.Width = 80;
            }

            konsol.Progress()
                .AutoClear(true)
                .AutoRefresh(false) // the loop below refreshes; a second refresher on Spectre's thread races it
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var bar = ctx.AddTask(Markup.Escape(Volatile.Read(ref fremdrift._fase)), maxValue: 1);
                    // Drawn at least once: the run has outlasted the delay, even when it ends while the display starts.
                    do
                    {
                        fremdrift.Vis(bar);
                        ctx.Refresh();
                        Task.WhenAny(opgave, Task.Delay(100)).GetAwaiter().GetResult();
                    }
                    while (!opgave.IsCompleted);
                });
        }

        return opgave.GetAwaiter().GetResult();
    }

    /// <summary>Starts a new phase; <paramref name="total"/> 0 means its length is unknown.</summary>
    public void Fase(string navn, long total = 0)
    {
        Volatile.Write(ref _fase, navn);
        Interlocked.Exchange(ref _antal, 0);
        Interlocked.Exchange(ref _total, total);
    }

    public void Tael() => Interlocked.Increment(ref _antal);

    private void Vis(ProgressTask bar)
    {
        bar.Description = Markup.Escape(Volatile.Read(ref _fase));
        long total = Interlocked.Read(ref _total);
        bar.IsIndeterminate = total == 0;
        if (total > 0)
        {
            bar.MaxValue = total;
            bar.Value = Interlocked.Read(ref _antal);
        }
    }
}
