using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Internals.Raekker;

/// <summary>Rows of <c>tilbud.csv</c>: <c>person_id,fra,til,type</c>.</summary>
internal readonly struct TilbudLaeser : IRaekkelaeser<TilbudLaeser, Tilbud>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly int _type;

    private TilbudLaeser(CsvSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
        _type = kilde.Column("type");
    }

    public static string Fil => "tilbud";

    public static bool Paakraevet => true;

    public int PersonKolonne { get; }

    public static List<Tilbud> Liste(Persondata person) => person.Tilbud;

    public static TilbudLaeser Opret(CsvSource kilde) => new(kilde);

    public bool Naeste(CsvSource kilde, out Tilbud raekke)
    {
        raekke = default;
        while (kilde.Next())
        {
            if (!kilde.TryPersonId(PersonKolonne)
                || !kilde.TryPeriod(_fra, _til, out LocalDate f, out LocalDate t)
                || !kilde.TryFelt(_type, "type", out ReadOnlySpan<byte> tekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(tekst, out TilbudType tt))
            {
                kilde.RejectUnknown(_type, "type");
                continue;
            }

            if (!kilde.IsDuplicate())
            {
                raekke = new Tilbud(f, t, tt);
                return true;
            }
        }

        return false;
    }
}
