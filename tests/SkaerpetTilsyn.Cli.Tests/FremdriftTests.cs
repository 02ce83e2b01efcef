namespace SkaerpetTilsyn.Cli.Tests;

public class FremdriftTests
{
    [Fact]
    public void Koer_UdenTerminal_KoererPaaSammeTraadUdenOutput()
    {
        int traad = Environment.CurrentManagedThreadId;

        int svar = Fremdrift.Koer(null, TimeSpan.Zero, f => Environment.CurrentManagedThreadId);

        svar.Should().Be(traad);
    }

    [Fact]
    public void Koer_KortKoersel_SkriverIntet()
    {
        using var terminal = new StringWriter();

        Fremdrift.Koer(terminal, TimeSpan.FromSeconds(30), f => 42).Should().Be(42);

        terminal.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Koer_LangKoersel_ViserFasenPaaTerminalen()
    {
        using var tekst = new StringWriter();
        using var terminal = TextWriter.Synchronized(tekst);

        // The phase is set at once, well before the bar first draws after the delay; the work lasts until it has drawn (at most
        // 30 s), so a loaded machine that is slow to start the display cannot end the run first.
        Fremdrift.Koer(terminal, TimeSpan.FromMilliseconds(150), f =>
        {
            f.Fase("Måler personer", 300);
            for (int i = 0; i < 300 && !Skrevet(); i++)
            {
                f.Tael();
                Thread.Sleep(100);
            }

            return 0;
        });

        tekst.ToString().Should().Contain("Måler personer");

        // TextWriter.Synchronized locks the wrapper itself around every write.
        bool Skrevet()
        {
            lock (terminal)
            {
                return tekst.ToString().Contains("Måler personer", StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Koer_ArbejdetFejler_SammeUndtagelse()
    {
        using var terminal = new StringWriter();

        var handling = () => Fremdrift.Koer<int>(terminal, TimeSpan.Zero, f => throw new InvalidOperationException("x"));

        handling.Should().Throw<InvalidOperationException>().WithMessage("x");
    }

    [Fact]
    public void Terminal_AndenSkriverEndStderr_Null()
    {
        using var fejl = new StringWriter();

        Fremdrift.Terminal(fejl).Should().BeNull();
    }
}
