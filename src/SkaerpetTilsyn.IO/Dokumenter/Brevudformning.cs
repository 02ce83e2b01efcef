using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>Which wording the built-in letter takes: the decision, how each fokusmål and its basis stand, and whether there are passivsager.</summary>
/// <remarks><see cref="Standard"/> is the common case, the one the shipped templates hold.</remarks>
internal readonly record struct Brevudformning(
    Afgoerelsestype Type,
    Maalvariant Fm1,
    Maalvariant Fm2,
    Basisvariant Basis1,
    Basisvariant Basis2,
    bool HarPassivsager)
{
    public static Brevudformning Standard(Afgoerelsestype type) =>
        new(type, Maalvariant.Maalt, Maalvariant.Maalt, Basisvariant.OverGraensen, Basisvariant.OverGraensen, true);

    public static Brevudformning For(Afgoerelse a, Regelsaet regler, int passivsager)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(regler);
        return new(
            a.Type,
            Maal(regler.ErAktiv(Fokusmaal.Fm1), a.Fm1),
            Maal(regler.ErAktiv(Fokusmaal.Fm2), a.Fm2),
            Basis(a.StatusFoer.BasisFm1, regler.Fm1GraensePct),
            Basis(a.StatusFoer.BasisFm2, regler.Fm2GraensePct),
            passivsager > 0);
    }

    private static Maalvariant Maal(bool aktiv, Brok? figur) => (aktiv, figur.HasValue) switch
    {
        (true, true) => Maalvariant.Maalt,
        (true, false) => Maalvariant.Udefineret,
        (false, true) => Maalvariant.Inaktiv,
        _ => Maalvariant.InaktivUdefineret,
    };

    private static Basisvariant Basis(decimal? basis, decimal graense) =>
        basis is null ? Basisvariant.Tom
        : HalvForbedring.Graense(basis, graense).Inklusiv ? Basisvariant.OverGraensen
        : Basisvariant.UnderGraensen;
}
