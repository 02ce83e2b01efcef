using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Raekker;

/// <summary>The loop every reader of a whole file shares: the next record whose fields pass and that is not a duplicate.</summary>
internal static class Raekkelaesning
{
    /// <summary>Moves to the next valid row that is not a duplicate; false at the end of the input.</summary>
    public static bool Naeste<TLaeser, TRaekke>(in TLaeser laeser, Raekkekontrol kontrol, out TRaekke raekke)
        where TLaeser : struct, IRaekkelaeser<TLaeser, TRaekke>
        where TRaekke : unmanaged
    {
        while (kontrol.Naeste())
        {
            if (laeser.Kontroller(kontrol, out raekke) && !kontrol.ErDublet())
            {
                return true;
            }
        }

        raekke = default;
        return false;
    }
}
