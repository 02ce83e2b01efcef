using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Rows of <c>tilbud.csv</c>: <c>person_id,fra,til,type</c>.</summary>
internal readonly struct TilbudLaeser : IRaekkelaeser<TilbudLaeser, Tilbud>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly int _type;

    private TilbudLaeser(RecordSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
        _type = kilde.Column("type");
    }

    public int PersonKolonne { get; }

    public static List<Tilbud> Liste(Persondata person) => person.Tilbud;

    public static TilbudLaeser Opret(RecordSource kilde) => new(kilde);

    public bool Naeste(Raekkekontrol kontrol, out Tilbud raekke)
    {
        raekke = default;
        while (kontrol.Naeste())
        {
            if (!kontrol.TryPersonId(PersonKolonne)
                || !kontrol.TryPeriode(_fra, _til, out LocalDate f, out LocalDate t)
                || !kontrol.TryFelt(_type, "type", out ReadOnlySpan<byte> tekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(tekst, out TilbudType tt))
            {
                kontrol.AfvisUkendt(_type, "type");
                continue;
            }

            if (!kontrol.ErDublet())
            {
                raekke = new Tilbud(f, t, tt);
                return true;
            }
        }

        return false;
    }
}
