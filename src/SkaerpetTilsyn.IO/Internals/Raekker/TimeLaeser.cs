using NodaTime;
using SkaerpetTilsyn.Core.Data;

namespace SkaerpetTilsyn.IO.Internals.Raekker;

/// <summary>Rows of <c>timer.csv</c>: <c>person_id,fra,til,timer</c>.</summary>
internal readonly struct TimeLaeser : IRaekkelaeser<TimeLaeser, Timeperiode>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly int _timer;

    private TimeLaeser(CsvSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
        _timer = kilde.Column("timer");
    }

    public static string Fil => "timer";

    public static bool Paakraevet => false;

    public int PersonKolonne { get; }

    public static List<Timeperiode> Liste(Persondata person) => person.Timer;

    public static TimeLaeser Opret(CsvSource kilde) => new(kilde);

    public bool Naeste(CsvSource kilde, out Timeperiode raekke)
    {
        raekke = default;
        while (kilde.Next())
        {
            if (!kilde.TryPersonId(PersonKolonne)
                || !kilde.TryPeriod(_fra, _til, out LocalDate f, out LocalDate t)
                || !kilde.TryNumber(_timer, "timer", out decimal antal))
            {
                continue;
            }

            if (antal < 0)
            {
                kilde.Reject("negative timer");
                continue;
            }

            if (!kilde.IsDuplicate())
            {
                raekke = new Timeperiode(f, t, antal);
                return true;
            }
        }

        return false;
    }
}
