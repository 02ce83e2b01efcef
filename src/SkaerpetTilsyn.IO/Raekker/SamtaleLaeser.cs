using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>Rows of <c>samtaler.csv</c>: <c>person_id,dato,type,form</c>.</summary>
internal readonly struct SamtaleLaeser : IRaekkelaeser<SamtaleLaeser, Samtale>
{
    private readonly int _dato;
    private readonly int _type;
    private readonly int _form;

    private SamtaleLaeser(RecordSource kilde)
    {
        PersonKolonne = kilde.Column("person_id");
        _dato = kilde.Column("dato");
        _type = kilde.Column("type");
        _form = kilde.Column("form");
    }

    public int PersonKolonne { get; }

    public static List<Samtale> Liste(Persondata person) => person.Samtaler;

    public static SamtaleLaeser Opret(RecordSource kilde) => new(kilde);

    public bool Naeste(Raekkekontrol kontrol, out Samtale raekke)
    {
        raekke = default;
        while (kontrol.Naeste())
        {
            if (!kontrol.TryPersonId(PersonKolonne)
                || !kontrol.TryDato(_dato, "dato", out LocalDate d)
                || !kontrol.TryFelt(_type, "type", out ReadOnlySpan<byte> typeTekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(typeTekst, out SamtaleType st))
            {
                kontrol.AfvisUkendt(_type, "type");
                continue;
            }

            if (!kontrol.TryFelt(_form, "form", out ReadOnlySpan<byte> formTekst))
            {
                continue;
            }

            if (!Utf8Koder.TryParse(formTekst, out SamtaleForm sf))
            {
                kontrol.AfvisUkendt(_form, "form");
                continue;
            }

            if (!kontrol.ErDublet())
            {
                raekke = new Samtale(d, st, sf);
                return true;
            }
        }

        return false;
    }
}
