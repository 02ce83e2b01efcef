using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Monthly monitoring up to a month as a computation over persons (SPEC §7 "Outputs of monitor").</summary>
public sealed class Monitorberegning : IPersonberegning<Monitorresultat>
{
    private readonly Maaler _maaler;
    private readonly Regelsaet _regler;
    private readonly YearMonth _til;

    /// <summary>Measures every month whose rolling window the months January–<paramref name="til"/> need.</summary>
    public Monitorberegning(Regelsaet regler, YearMonth til)
    {
        _regler = regler;
        _til = til;
        var maaneder = Monitoropgoerelse.Maalemaaneder(til);
        _maaler = new Maaler(regler, maaneder.Fra, maaneder.Til, null);
    }

    public void Tag(Persondata person) => _maaler.MaalPerson(person);

    /// <exception cref="DatagrundlagException">The data end before the last day of the <c>--til</c> month (SPEC §7, §9.2).</exception>
    public Monitorresultat Afslut(Beregningsgrundlag grundlag)
    {
        ArgumentNullException.ThrowIfNull(grundlag);

        // SPEC §7, §9.2: a month the data do not reach is refused, rather than its last days silently measured as empty.
        Datadaekning.KontrollerTil(grundlag, Monitoropgoerelse.Maalemaaneder(_til));
        return Monitoropgoerelse.Beregn(_maaler.Taellere, _regler, _til, grundlag.Benchmark, grundlag.Status, grundlag.Milepaele);
    }
}
