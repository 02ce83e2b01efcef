using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.IO.Uddata;

/// <summary>Writes <c>status.csv</c> in its input format, to feed next year's run (SPEC §8.10), with the sixth column <c>meddelt</c> (SPEC §11.3).</summary>
internal static class StatusSkriver
{
    /// <summary>Writes the file as the files of <paramref name="d"/>, in the input format's dialect whatever <paramref name="d"/>'s.</summary>
    public static void Skriv(string sti, IEnumerable<Kommunestatus> status, CsvDialekt d) => CsvUdskriver.SkrivFil(sti, d.Inddataformat, ud =>
    {
        ud.Raekke("kommune", "status", "udvalgt_aar", "basis_fm1", "basis_fm2", "meddelt");
        foreach (var s in status)
        {
            bool ingen = s.Status == Tilsynsstatus.Ingen;
            ud.Raekke(
                Formater.Heltal(s.Kommune),
                Koder.Kode(s.Status),
                ingen || s.UdvalgtAar is not { } aar ? null : Formater.Heltal(aar),
                ingen ? null : Formater.Procent(s.BasisFm1),
                ingen ? null : Formater.Procent(s.BasisFm2),
                ingen ? null : Formater.Dato(s.Meddelt));
        }
    });
}
