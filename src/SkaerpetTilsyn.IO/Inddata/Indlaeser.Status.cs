using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Internals;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads <c>status.csv</c> (SPEC §8.10): all five columns required, <c>udvalgt_aar</c> required unless the status is <c>ingen</c>, a kommune on two different valid rows is fatal;
    /// the sixth column <c>meddelt</c> is optional, and an empty value is unknown (SPEC §11.3).</summary>
    private static List<Kommunestatus> ReadStatus(CsvSource source)
    {
        int kommune = source.Column("kommune");
        int status = source.Column("status");
        int udvalgtAar = source.Column("udvalgt_aar");
        int basisFm1 = source.Column("basis_fm1");
        int basisFm2 = source.Column("basis_fm2");
        int meddelt = ValgfriKolonne(source, "meddelt");
        Dictionary<int, long> foersteLinje = [];
        List<Kommunestatus> raekker = [];
        while (source.Next())
        {
            if (!source.TryKommune(kommune, out int k)
                || !source.TryRequired(status, "status", out ReadOnlySpan<char> tekst))
            {
                continue;
            }

            if (!Koder.TryParse(tekst, out Tilsynsstatus s))
            {
                source.RejectUnknown(status, "status");
                continue;
            }

            int? aar = null;
            if (s != Tilsynsstatus.Ingen || !source.IsEmpty(udvalgtAar))
            {
                if (!source.TryInteger(udvalgtAar, "udvalgt_aar", out int a))
                {
                    continue;
                }

                aar = a;
            }

            if (!source.TryOptionalNumber(basisFm1, "basis_fm1", out decimal? fm1)
                || !source.TryOptionalNumber(basisFm2, "basis_fm2", out decimal? fm2)
                || !TryValgfriDato(source, meddelt, "meddelt", out LocalDate? dato)
                || source.IsDuplicate())
            {
                continue;
            }

            if (!foersteLinje.TryAdd(k, source.Line))
            {
                throw InputErrors.KommuneRepeated(source.Name, source.Line, k, foersteLinje[k]);
            }

            raekker.Add(new Kommunestatus(k, s, aar, fm1, fm2) { Meddelt = dato });
        }

        raekker.Sort(static (x, y) => x.Kommune.CompareTo(y.Kommune));
        return raekker;
    }

    /// <summary>The index of a column the file may leave out, or −1 when it does; a repeated column is still an error.</summary>
    private static int ValgfriKolonne(CsvSource source, string navn)
    {
        try
        {
            return source.Column(navn);
        }
        catch (InputFejlException e) when (e.Message == InputErrors.ColumnMissing(source.Name, navn).Message)
        {
            return -1;
        }
    }

    /// <summary>A date in an optional column: an absent column or an empty field is null, anything else must be a date.</summary>
    private static bool TryValgfriDato(CsvSource source, int kolonne, string navn, out LocalDate? dato)
    {
        dato = null;
        if (kolonne < 0 || source.IsEmpty(kolonne))
        {
            return true;
        }

        if (!source.TryDate(kolonne, navn, out LocalDate d))
        {
            return false;
        }

        dato = d;
        return true;
    }
}
