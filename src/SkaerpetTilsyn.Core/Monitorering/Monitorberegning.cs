using System.Globalization;
using NodaTime;
using NodaTime.Text;
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

    /// <exception cref="DatagrundlagException">The data end before the last day of the <c>--til</c> month (SPEC §7).</exception>
    public Monitorresultat Afslut(Beregningsgrundlag grundlag)
    {
        ArgumentNullException.ThrowIfNull(grundlag);
        KraevDataTil(grundlag.Periode.Slut);
        return Monitoropgoerelse.Beregn(_maaler.Taellere, _regler, _til, grundlag.Benchmark, grundlag.Status, grundlag.Milepaele);
    }

    /// <summary>SPEC §7, §9.2: refuses a month the data do not reach, rather than silently measuring its last days as empty.</summary>
    private void KraevDataTil(LocalDate? slut)
    {
        var kraevet = _til.ToDateInterval().End;
        string til = YearMonthPattern.Iso.Format(_til);
        string dato = LocalDatePattern.Iso.Format(kraevet);
        if (slut is not { } s)
        {
            throw new DatagrundlagException(string.Create(
                CultureInfo.InvariantCulture, $"Inddata har ingen rækker med datoer; --til {til} kræver data til og med {dato}."));
        }

        if (s < kraevet)
        {
            throw new DatagrundlagException(string.Create(
                CultureInfo.InvariantCulture, $"Data slutter {LocalDatePattern.Iso.Format(s)}; --til {til} kræver data til og med {dato}."));
        }
    }
}
