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
        using var terminal = new StringWriter();

        // The phase is set at once, well before the bar first draws after the delay.
        Fremdrift.Koer(terminal, TimeSpan.FromMilliseconds(150), f =>
        {
            f.Fase("Måler personer", 10);
            for (int i = 0; i < 10; i++)
            {
                f.Tael();
                Thread.Sleep(150);
            }

            return 0;
        });

        terminal.ToString().Should().Contain("Måler personer");
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
