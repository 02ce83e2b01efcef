using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Rows of <c>fritagelser.csv</c>: <c>person_id,fra,til,aarsag</c>.</summary>
internal readonly struct FritagelseLaeser : IRaekkelaeser<FritagelseLaeser, Fritagelse>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly int _aarsag;

    private FritagelseLaeser(RecordSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
        _aarsag = kilde.Column("aarsag");
    }

    public int PersonKolonne { get; }

    public static List<Fritagelse> Liste(Persondata person) => person.Fritagelser;

    public static FritagelseLaeser Opret(RecordSource kilde) => new(kilde);

    public bool Naeste(Raekkekontrol kontrol, out Fritagelse raekke)
    {
        raekke = default;
        while (kontrol.Naeste())
        {
            if (!kontrol.TryPersonId(PersonKolonne)
                || !kontrol.TryPeriode(_fra, _til, out LocalDate f, out LocalDate t)
                || !kontrol.TryFelt(_aarsag, "aarsag", out ReadOnlySpan<byte> tekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(tekst, out FritagelseAarsag a))
            {
                kontrol.AfvisUkendt(_aarsag, "aarsag");
                continue;
            }

            if (!kontrol.ErDublet())
            {
                raekke = new Fritagelse(f, t, a);
                return true;
            }
        }

        return false;
    }
}
