using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Internals.Raekker;

/// <summary>Rows of <c>fritagelser.csv</c>: <c>person_id,fra,til,aarsag</c>.</summary>
internal readonly struct FritagelseLaeser : IRaekkelaeser<FritagelseLaeser, Fritagelse>
{
    private readonly int _fra;
    private readonly int _til;
    private readonly int _aarsag;

    private FritagelseLaeser(CsvSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _fra = kilde.Column("fra");
        _til = kilde.Column("til");
        _aarsag = kilde.Column("aarsag");
    }

    public static string Fil => "fritagelser";

    public static bool Paakraevet => false;

    public int PersonKolonne { get; }

    public static List<Fritagelse> Liste(Persondata person) => person.Fritagelser;

    public static FritagelseLaeser Opret(CsvSource kilde) => new(kilde);

    public bool Naeste(CsvSource kilde, out Fritagelse raekke)
    {
        raekke = default;
        while (kilde.Next())
        {
            if (!kilde.TryPersonId(PersonKolonne)
                || !kilde.TryPeriod(_fra, _til, out LocalDate f, out LocalDate t)
                || !kilde.TryFelt(_aarsag, "aarsag", out ReadOnlySpan<byte> tekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(tekst, out FritagelseAarsag a))
            {
                kilde.RejectUnknown(_aarsag, "aarsag");
                continue;
            }

            if (!kilde.IsDuplicate())
            {
                raekke = new Fritagelse(f, t, a);
                return true;
            }
        }

        return false;
    }
}
