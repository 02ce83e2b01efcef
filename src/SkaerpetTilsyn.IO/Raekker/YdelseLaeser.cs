using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Rows of <c>ydelser.csv</c>: <c>person_id,kommune,ydelse,fra,til</c>.</summary>
internal readonly struct YdelseLaeser : IRaekkelaeser<YdelseLaeser, Ydelsesperiode>
{
    private readonly int _kommune;
    private readonly int _ydelse;
    private readonly int _fra;
    private readonly int _til;

    private YdelseLaeser(RecordSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _kommune = kilde.Column("kommune");
        _ydelse = kilde.Column("ydelse");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
    }

    public int PersonKolonne { get; }

    public static List<Ydelsesperiode> Liste(Persondata person) => person.Ydelser;

    public static YdelseLaeser Opret(RecordSource kilde) => new(kilde);

    public bool Naeste(Raekkekontrol kontrol, out Ydelsesperiode raekke)
    {
        raekke = default;
        while (kontrol.Naeste())
        {
            if (!kontrol.TryPersonId(PersonKolonne)
                || !kontrol.TryKommune(_kommune, out int kode)
                || !kontrol.TryFelt(_ydelse, "ydelse", out ReadOnlySpan<byte> tekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(tekst, out Ydelse y))
            {
                kontrol.AfvisUkendt(_ydelse, "ydelse");
                continue;
            }

            if (kontrol.TryPeriode(_fra, _til, out LocalDate f, out LocalDate t) && !kontrol.ErDublet())
            {
                raekke = new Ydelsesperiode(f, t, y, kode);
                return true;
            }
        }

        return false;
    }
}
