using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Internals;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads <c>status.csv</c> (SPEC §8.10): all five columns required, <c>udvalgt_aar</c> required unless the status is <c>ingen</c>, a kommune on two different valid rows is fatal.</summary>
    private static List<Kommunestatus> ReadStatus(CsvSource source)
    {
        int kommune = source.Column("kommune");
        int status = source.Column("status");
        int udvalgtAar = source.Column("udvalgt_aar");
        int basisFm1 = source.Column("basis_fm1");
        int basisFm2 = source.Column("basis_fm2");
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
                || source.IsDuplicate())
            {
                continue;
            }

            if (!foersteLinje.TryAdd(k, source.Line))
            {
                throw InputErrors.KommuneRepeated(source.Name, source.Line, k, foersteLinje[k]);
            }

            raekker.Add(new Kommunestatus(k, s, aar, fm1, fm2));
        }

        raekker.Sort(static (x, y) => x.Kommune.CompareTo(y.Kommune));
        return raekker;
    }
}
