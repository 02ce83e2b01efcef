using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Inddata;

public static partial class Indlaeser
{
    /// <summary>Reads <c>status.csv</c> (SPEC §8.10): all five columns required, <c>udvalgt_aar</c> required unless the status is <c>ingen</c>, a kommune on two different valid rows is fatal;
    /// the sixth column <c>meddelt</c> is optional, and an empty value is unknown (SPEC §11.3).</summary>
    private static List<Kommunestatus> LaesStatus(RecordSource kilde, Raekkekontrol kontrol)
    {
        int kommune = kilde.Column("kommune");
        int status = kilde.Column("status");
        int udvalgtAar = kilde.Column("udvalgt_aar");
        int basisFm1 = kilde.Column("basis_fm1");
        int basisFm2 = kilde.Column("basis_fm2");
        int meddelt = ValgfriKolonne(kilde, "meddelt");
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
                || !TryValgfriDato(kontrol, meddelt, "meddelt", out LocalDate? dato)
                || kontrol.ErDublet())
            {
                continue;
            }

            if (!foersteLinje.TryAdd(k, kontrol.Linje))
            {
                throw Inddatafejl.KommuneGentaget(kontrol.Navn, kontrol.Linje, k, foersteLinje[k]);
            }

            raekker.Add(new Kommunestatus(k, s, aar, fm1, fm2) { Meddelt = dato });
        }

        raekker.Sort(static (x, y) => x.Kommune.CompareTo(y.Kommune));
        return raekker;
    }

    /// <summary>The index of a column the file may leave out, or −1 when it does; a repeated column is still an error.</summary>
    private static int ValgfriKolonne(RecordSource kilde, string navn)
    {
        foreach (string overskrift in kilde.Headers)
        {
            if (overskrift.AsSpan().Trim(" \t").SequenceEqual(navn))
            {
                return kilde.Column(navn);
            }
        }

        return -1;
    }

    /// <summary>A date in an optional column: an absent column or an empty field is null, anything else must be a date.</summary>
    private static bool TryValgfriDato(Raekkekontrol kontrol, int kolonne, string navn, out LocalDate? dato)
    {
        dato = null;
        if (kolonne < 0 || kontrol.ErTom(kolonne))
        {
            return true;
        }

        if (!kontrol.TryDato(kolonne, navn, out LocalDate d))
        {
            return false;
        }

        dato = d;
        return true;
    }
}
