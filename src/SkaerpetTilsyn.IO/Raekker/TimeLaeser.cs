using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Rows of <c>timer.csv</c>: <c>person_id,fra,til,timer</c>.</summary>
internal readonly struct TimeLaeser : IRaekkelaeser<TimeLaeser, Timeperiode>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly int _timer;

    private TimeLaeser(RecordSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
        _timer = kilde.Column("timer");
    }

    public int PersonKolonne { get; }

    public static List<Timeperiode> Liste(Persondata person) => person.Timer;

    public static TimeLaeser Opret(RecordSource kilde) => new(kilde);

    public bool Naeste(Raekkekontrol kontrol, out Timeperiode raekke)
    {
        raekke = default;
        while (kontrol.Naeste())
        {
            if (!kontrol.TryPersonId(PersonKolonne)
                || !kontrol.TryPeriode(_fra, _til, out LocalDate f, out LocalDate t)
                || !kontrol.TryTal(_timer, "timer", out decimal antal))
            {
                continue;
            }

            if (antal < 0)
            {
                kontrol.Afvis("negative timer");
                continue;
            }

            if (!kontrol.ErDublet())
            {
                raekke = new Timeperiode(f, t, antal);
                return true;
            }
        }

        return false;
    }
}
