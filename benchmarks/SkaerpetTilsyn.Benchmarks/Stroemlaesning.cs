using SkaerpetTilsyn.IO.Dubletter;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;
using SkaerpetTilsyn.IO.Raekker;
using SkaerpetTilsyn.IO.Stroem;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.Benchmarks;

/// <summary>A person file read the way the stream of the opgørelse reads it: every row checked, person order tracked, duplicates per person.</summary>
internal static class Stroemlaesning
{
    /// <summary>The rows used of <paramref name="kilde"/>, which is disposed; with <paramref name="afslut"/> the file is finished (its SHA-256) too.</summary>
    public static long Laes<TLaeser, TRaekke>(RecordSource kilde, bool afslut)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : unmanaged
    {
        using (kilde)
        {
            var laeser = TLaeser.Opret(kilde);
            var dubletter = Dubletkontrol.PerPerson();
            var kontrol = new Raekkekontrol(kilde, new Indlaesningsvalg(), [], dubletter);
            var orden = new Personorden();
            long n = 0;
            while (kontrol.Naeste())
            {
                if (!laeser.Kontroller(kontrol, out _))
                {
                    continue;
                }

                if (orden.Se(kontrol.Id(laeser.PersonKolonne)))
                {
                    dubletter.NyPerson();
                }

                if (!kontrol.ErDublet())
                {
                    n++;
                }
            }

            if (afslut)
            {
                kontrol.Afslut();
            }

            return n;
        }
    }
}
