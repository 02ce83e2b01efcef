using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Internals;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    private static void ReadYdelser(CsvSource source, PersonRegistry personer)
    {
        int personId = source.Column("person_id");
        int kommune = source.Column("kommune");
        int ydelse = source.Column("ydelse");
        int fra = source.Column("fra");
        int til = source.Column("til");
        while (source.Next())
        {
            if (!source.TryPersonId(personId)
                || !source.TryKommune(kommune, out int kode)
                || !source.TryRequired(ydelse, "ydelse", out ReadOnlySpan<char> tekst))
            {
                continue;
            }

            if (!Koder.TryParse(tekst, out Ydelse y))
            {
                source.RejectUnknown(ydelse, "ydelse");
                continue;
            }

            if (source.TryPeriod(fra, til, out LocalDate f, out LocalDate t) && !source.IsDuplicate())
            {
                personer.Find(source.Chars(personId)).Ydelser.Add(new Ydelsesperiode(f, t, y, kode));
            }
        }
    }

    private static void ReadSamtaler(CsvSource source, PersonRegistry personer)
    {
        int personId = source.Column("person_id");
        int dato = source.Column("dato");
        int type = source.Column("type");
        int form = source.Column("form");
        while (source.Next())
        {
            if (!source.TryPersonId(personId)
                || !source.TryDate(dato, "dato", out LocalDate d)
                || !source.TryRequired(type, "type", out ReadOnlySpan<char> typeTekst))
            {
                continue;
            }

            if (!Koder.TryParse(typeTekst, out SamtaleType st))
            {
                source.RejectUnknown(type, "type");
                continue;
            }

            if (!source.TryRequired(form, "form", out ReadOnlySpan<char> formTekst))
            {
                continue;
            }

            if (!Koder.TryParse(formTekst, out SamtaleForm sf))
            {
                source.RejectUnknown(form, "form");
                continue;
            }

            if (!source.IsDuplicate())
            {
                personer.Find(source.Chars(personId)).Samtaler.Add(new Samtale(d, st, sf));
            }
        }
    }

    private static void ReadTilbud(CsvSource source, PersonRegistry personer)
    {
        int personId = source.Column("person_id");
        int fra = source.Column("fra");
        int til = source.Column("til");
        int type = source.Column("type");
        while (source.Next())
        {
            if (!source.TryPersonId(personId)
                || !source.TryPeriod(fra, til, out LocalDate f, out LocalDate t)
                || !source.TryRequired(type, "type", out ReadOnlySpan<char> tekst))
            {
                continue;
            }

            if (!Koder.TryParse(tekst, out TilbudType tt))
            {
                source.RejectUnknown(type, "type");
                continue;
            }

            if (!source.IsDuplicate())
            {
                personer.Find(source.Chars(personId)).Tilbud.Add(new Tilbud(f, t, tt));
            }
        }
    }

    private static void ReadTimer(CsvSource source, PersonRegistry personer)
    {
        int personId = source.Column("person_id");
        int fra = source.Column("fra");
        int til = source.Column("til");
        int timer = source.Column("timer");
        while (source.Next())
        {
            if (!source.TryPersonId(personId)
                || !source.TryPeriod(fra, til, out LocalDate f, out LocalDate t)
                || !source.TryNumber(timer, "timer", out decimal antal))
            {
                continue;
            }

            if (antal < 0)
            {
                source.Reject("negative timer");
                continue;
            }

            if (!source.IsDuplicate())
            {
                personer.Find(source.Chars(personId)).Timer.Add(new Timeperiode(f, t, antal));
            }
        }
    }

    private static void ReadFritagelser(CsvSource source, PersonRegistry personer)
    {
        int personId = source.Column("person_id");
        int fra = source.Column("fra");
        int til = source.Column("til");
        int aarsag = source.Column("aarsag");
        while (source.Next())
        {
            if (!source.TryPersonId(personId)
                || !source.TryPeriod(fra, til, out LocalDate f, out LocalDate t)
                || !source.TryRequired(aarsag, "aarsag", out ReadOnlySpan<char> tekst))
            {
                continue;
            }

            if (!Koder.TryParse(tekst, out FritagelseAarsag a))
            {
                source.RejectUnknown(aarsag, "aarsag");
                continue;
            }

            if (!source.IsDuplicate())
            {
                personer.Find(source.Chars(personId)).Fritagelser.Add(new Fritagelse(f, t, a));
            }
        }
    }
}
