using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Internals.Raekker;

/// <summary>Rows of <c>ydelser.csv</c>: <c>person_id,kommune,ydelse,fra,til</c>.</summary>
internal readonly struct YdelseLaeser : IRaekkelaeser<YdelseLaeser, Ydelsesperiode>
{
    private readonly int _kommune;
    private readonly int _ydelse;
    private readonly int _fra;
    private readonly int _til;

    private YdelseLaeser(CsvSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _kommune = kilde.Column("kommune");
        _ydelse = kilde.Column("ydelse");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
    }

    public static string Fil => "ydelser";

    public static bool Paakraevet => true;

    public int PersonKolonne { get; }

    public static List<Ydelsesperiode> Liste(Persondata person) => person.Ydelser;

    public static YdelseLaeser Opret(CsvSource kilde) => new(kilde);

    public bool Naeste(CsvSource kilde, out Ydelsesperiode raekke)
    {
        raekke = default;
        while (kilde.Next())
        {
            if (!kilde.TryPersonId(PersonKolonne)
                || !kilde.TryKommune(_kommune, out int kode)
                || !kilde.TryFelt(_ydelse, "ydelse", out ReadOnlySpan<byte> tekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(tekst, out Ydelse y))
            {
                kilde.RejectUnknown(_ydelse, "ydelse");
                continue;
            }

            if (kilde.TryPeriod(_fra, _til, out LocalDate f, out LocalDate t) && !kilde.IsDuplicate())
            {
                raekke = new Ydelsesperiode(f, t, y, kode);
                return true;
            }
        }

        return false;
    }
}
