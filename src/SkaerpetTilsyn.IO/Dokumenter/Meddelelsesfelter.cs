using System.Globalization;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>The values of the <c>{{felt}}</c>s of a kommune's letter (SPEC §11.1): dates as long Danish dates, percentages as <c>51,78 %</c>, empty where not applicable.</summary>
internal static class Meddelelsesfelter
{
    /// <summary>Every field a template may use: the columns of <c>afgoerelser.csv</c>, those SPEC §11.1 adds, then those the built-in letter needs besides.</summary>
    public static IReadOnlyList<string> Navne { get; } =
    [
        "kommune", "navn", "faktisk", "forventet", "resultatmaal_opfyldt", "fm1", "fm2", "fm1_opfyldt", "fm2_opfyldt",
        "status_foer", "afgoerelse", "status_efter", "hjemmel", "meddelelse", "redegoerelse_senest", "genopretning_slut",
        "minimumskrav_fra", "sagsgennemgang_senest",
        "aar", "afgoerelse_tekst", "basis_fm1", "basis_fm2", "halv_forbedring_fm1", "halv_forbedring_fm2", "passivsager",
        "graense_fm1", "graense_fm2", "minimumskrav_tilbud", "minimumskrav_samtaler", "passivsager_pr_ydelse",
    ];

    /// <summary>The fields of <paramref name="a"/>; <paramref name="sager"/> are the kommune's passivsager.</summary>
    public static IReadOnlyDictionary<string, string> For(Afgoerelse a, int aar, Regelsaet regler, IReadOnlyList<Passivsag> sager)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(regler);
        ArgumentNullException.ThrowIfNull(sager);
        bool administration = a.Type is Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration;
        bool underTilsyn = a.StatusFoer.Status != Tilsynsstatus.Ingen;
        var f = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kommune"] = a.Kommune.ToString("D3", CultureInfo.InvariantCulture),
            ["navn"] = a.Navn,
            ["faktisk"] = DanskTekst.ProcentSomGivet(a.Benchmark.FaktiskTekst),
            ["forventet"] = DanskTekst.ProcentSomGivet(a.Benchmark.ForventetTekst),
            ["resultatmaal_opfyldt"] = Formater.JaNej(a.ResultatmaalOpfyldt),
            ["fm1"] = DanskTekst.Procent(a.Fm1),
            ["fm2"] = DanskTekst.Procent(a.Fm2),
            ["fm1_opfyldt"] = Formater.JaNej(a.Fm1Opfyldt),
            ["fm2_opfyldt"] = Formater.JaNej(a.Fm2Opfyldt),
            ["status_foer"] = Koder.Kode(a.StatusFoer.Status),
            ["afgoerelse"] = Koder.Kode(a.Type),
            ["status_efter"] = Koder.Kode(a.StatusEfter.Status),
            ["hjemmel"] = a.Hjemmel,
            ["meddelelse"] = DanskTekst.LangDato(a.Meddelelse),
            ["redegoerelse_senest"] = DanskTekst.LangDato(a.RedegoerelseSenest),
            ["genopretning_slut"] = DanskTekst.LangDato(a.GenopretningSlut),
            ["minimumskrav_fra"] = DanskTekst.LangDato(a.MinimumskravFra),
            ["sagsgennemgang_senest"] = DanskTekst.LangDato(a.SagsgennemgangSenest),
            ["aar"] = aar.ToString(CultureInfo.InvariantCulture),
            ["afgoerelse_tekst"] = AfgoerelseTekst(a),
            ["basis_fm1"] = underTilsyn && regler.ErAktiv(Fokusmaal.Fm1) ? DanskTekst.Procent(a.StatusFoer.BasisFm1) : "",
            ["basis_fm2"] = underTilsyn && regler.ErAktiv(Fokusmaal.Fm2) ? DanskTekst.Procent(a.StatusFoer.BasisFm2) : "",
            ["halv_forbedring_fm1"] = underTilsyn && regler.ErAktiv(Fokusmaal.Fm1) ? Graense(a.StatusFoer.BasisFm1, regler.Fm1GraensePct) : "",
            ["halv_forbedring_fm2"] = underTilsyn && regler.ErAktiv(Fokusmaal.Fm2) ? Graense(a.StatusFoer.BasisFm2, regler.Fm2GraensePct) : "",
            ["passivsager"] = administration ? sager.Count.ToString(CultureInfo.InvariantCulture) : "",
            ["graense_fm1"] = DanskTekst.Procent(regler.Fm1GraensePct),
            ["graense_fm2"] = DanskTekst.Procent(regler.Fm2GraensePct),
            ["minimumskrav_tilbud"] = administration ? DanskTekst.Procent(regler.AdmMinTilbudPct) : "",
            ["minimumskrav_samtaler"] = administration ? DanskTekst.Procent(regler.AdmMinSamtalerPct) : "",
            ["passivsager_pr_ydelse"] = administration ? PrYdelse(sager) : "",
        };
        return f;
    }

    /// <summary>The decision in words, as the opening of a sentence.</summary>
    public static string AfgoerelseTekst(Afgoerelse a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Type switch
        {
            Afgoerelsestype.Udvalgt => "Kommunen udvælges til skærpet tilsyn med beskæftigelsesindsatsen",
            Afgoerelsestype.IkkeOmfattet => "Kommunen er ikke omfattet af skærpet tilsyn med beskæftigelsesindsatsen",
            Afgoerelsestype.Ophoert when a.StatusFoer.Status == Tilsynsstatus.Administration => "Administrationen og det skærpede tilsyn med kommunen ophører",
            Afgoerelsestype.Ophoert => "Det skærpede tilsyn med kommunen ophører",
            Afgoerelsestype.Forlaenget => "Det skærpede tilsyn med kommunen forlænges med 12 måneder",
            Afgoerelsestype.Administration => "Kommunen sættes under administration",
            _ => "Kommunen forbliver under administration",
        };
    }

    // § 11: printed with 2 decimals from the exact bound, the one HalvForbedring.Opnaaet compares against.
    private static string Graense(decimal? basis, decimal graense) => DanskTekst.Procent(HalvForbedring.Graense(basis, graense).Graense);

    // "arbejdsløshedsdagpenge: 3; kontanthjælp: 12" in code-list order; semicolons, since a name may contain "og".
    private static string PrYdelse(IReadOnlyList<Passivsag> sager)
    {
        var antal = new int[Koder.AlleYdelser.Count];
        foreach (var s in sager)
        {
            antal[(int)s.Ydelse]++;
        }

        return string.Join("; ", Koder.AlleYdelser.Where(y => antal[(int)y] > 0)
            .Select(y => string.Create(CultureInfo.InvariantCulture, $"{DanskTekst.Navn(y)}: {antal[(int)y]}")));
    }
}
