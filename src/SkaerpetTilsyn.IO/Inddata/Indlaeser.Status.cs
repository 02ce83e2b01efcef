using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads <c>status.csv</c> (SPEC §8.10): all five columns required, <c>udvalgt_aar</c> required unless the status is <c>ingen</c>, a kommune on two different valid rows is fatal.</summary>
    private static List<Kommunestatus> LaesStatus(RecordSource kilde, Raekkekontrol kontrol)
    {
        int kommune = kilde.Column("kommune");
        int status = kilde.Column("status");
        int udvalgtAar = kilde.Column("udvalgt_aar");
        int basisFm1 = kilde.Column("basis_fm1");
        int basisFm2 = kilde.Column("basis_fm2");
        Dictionary<int, long> foersteLinje = [];
        List<Kommunestatus> raekker = [];
        while (kontrol.Naeste())
        {
            if (!kontrol.TryKommune(kommune, out int k)
                || !kontrol.TryPaakraevet(status, "status", out ReadOnlySpan<char> tekst))
            {
                continue;
            }

            if (!Koder.TryParse(tekst, out Tilsynsstatus s))
            {
                kontrol.AfvisUkendt(status, "status");
                continue;
            }

            int? aar = null;
            if (s != Tilsynsstatus.Ingen || !kontrol.ErTom(udvalgtAar))
            {
                if (!kontrol.TryHeltal(udvalgtAar, "udvalgt_aar", out int a))
                {
                    continue;
                }

                aar = a;
            }

            if (!kontrol.TryValgfritTal(basisFm1, "basis_fm1", out decimal? fm1)
                || !kontrol.TryValgfritTal(basisFm2, "basis_fm2", out decimal? fm2)
                || kontrol.ErDublet())
            {
                continue;
            }

            if (!foersteLinje.TryAdd(k, kontrol.Linje))
            {
                throw Inddatafejl.KommuneGentaget(kontrol.Navn, kontrol.Linje, k, foersteLinje[k]);
            }

            raekker.Add(new Kommunestatus(k, s, aar, fm1, fm2));
        }

        raekker.Sort(static (x, y) => x.Kommune.CompareTo(y.Kommune));
        return raekker;
    }
}
