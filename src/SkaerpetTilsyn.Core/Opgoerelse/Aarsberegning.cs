using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Opgoerelse;

/// <summary>The annual opgørelse for a data year as a computation over persons: every month of the year measured, then decided (SPEC §4, §5).</summary>
public sealed class Aarsberegning : IPersonberegning<Opgoerelsesresultat>
{
    private readonly Maaler _maaler;
    private readonly int _aar;
    private readonly LocalDate _meddelelse;

    /// <summary>Measures January–December of <paramref name="aar"/> under <paramref name="regler"/>, with December as the passivsager's month.</summary>
    public Aarsberegning(Regelsaet regler, int aar, LocalDate meddelelse)
    {
        _aar = aar;
        _meddelelse = meddelelse;
        _maaler = Maaler.ForAar(regler, aar);
    }

    public void Tag(Persondata person) => _maaler.MaalPerson(person);

    /// <exception cref="DatagrundlagException">The data end before the year does (SPEC §9.2), or a reported kommune has no benchmark row (§8.6).</exception>
    public Opgoerelsesresultat Afslut(Beregningsgrundlag grundlag)
    {
        ArgumentNullException.ThrowIfNull(grundlag);
        Datadaekning.KontrollerAar(grundlag, _aar);
        if (Meddelelsesfrist.Advarsel(_aar, _meddelelse) is { } advarsel)
        {
            grundlag.Advarsler.Tilfoej(advarsel);
        }

        return Aarsopgoerelse.Beregn(_maaler, _aar, grundlag.Benchmark, grundlag.Status, _meddelelse);
    }
}
