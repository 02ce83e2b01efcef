using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Internals.Raekker;

/// <summary>Rows of <c>samtaler.csv</c>: <c>person_id,dato,type,form</c>.</summary>
internal readonly struct SamtaleLaeser : IRaekkelaeser<SamtaleLaeser, Samtale>
{
    private readonly int _dato;
    private readonly int _type;
    private readonly int _form;

    private SamtaleLaeser(CsvSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _dato = kilde.Column("dato");
        _type = kilde.Column("type");
        _form = kilde.Column("form");
    }

    public static string Fil => "samtaler";

    public static bool Paakraevet => true;

    public int PersonKolonne { get; }

    public static List<Samtale> Liste(Persondata person) => person.Samtaler;

    public static SamtaleLaeser Opret(CsvSource kilde) => new(kilde);

    public bool Naeste(CsvSource kilde, out Samtale raekke)
    {
        raekke = default;
        while (kilde.Next())
        {
            if (!kilde.TryPersonId(PersonKolonne)
                || !kilde.TryDate(_dato, "dato", out LocalDate d)
                || !kilde.TryFelt(_type, "type", out ReadOnlySpan<byte> typeTekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(typeTekst, out SamtaleType st))
            {
                kilde.RejectUnknown(_type, "type");
                continue;
            }

            if (!kilde.TryFelt(_form, "form", out ReadOnlySpan<byte> formTekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(formTekst, out SamtaleForm sf))
            {
                kilde.RejectUnknown(_form, "form");
                continue;
            }

            if (!kilde.IsDuplicate())
            {
                raekke = new Samtale(d, st, sf);
                return true;
            }
        }

        return false;
    }
}
