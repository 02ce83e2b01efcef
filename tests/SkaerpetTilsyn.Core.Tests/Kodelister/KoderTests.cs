using System.Diagnostics;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Tests.Kodelister;

public sealed class KoderTests
{
    // SPEC §2 and §6: the codes of the input files and the rule set, both ways.
    public static TheoryData<string, string> Indkoder => new()
    {
        { "Ydelse", "dagpenge,sygedagpenge,sho,uddannelseshjaelp,kontanthjaelp,revalidering,ressourceforloeb,ledighedsydelse" },
        { "SamtaleType", "jobsamtale,sygeopfoelgning" },
        { "SamtaleForm", "personligt,telefon,digital" },
        { "TilbudType", "virksomhedspraktik,loentilskud,nytteindsats,vejledning,oevrig_vejledning" },
        { "FritagelseAarsag", "barsel,standby,andet" },
        { "Tilsynsstatus", "ingen,skaerpet,forlaenget,administration" },
        { "Fokusmaal", "fm1,fm2" },
        { "Gennemsnit", "maanedsandele,samlet" },
        { "ForloebBrud", "hel_kalendermaaned,dage" },
    };

    [Theory]
    [MemberData(nameof(Indkoder))]
    public void KodeOgTryParse_HverVaerdiIEnumOrden_BeggeVeje(string liste, string koder)
    {
        var (kode, fortolk, vaerdier) = Liste(liste);
        string.Join(",", vaerdier.Select(kode)).Should().Be(koder);
        foreach (var v in vaerdier)
        {
            fortolk(kode(v)).Should().Be(v);
        }

        fortolk("ukendt").Should().BeNull();
        fortolk(koder.Split(',')[0].ToUpperInvariant()).Should().BeNull("codes are matched exactly");
        fortolk("").Should().BeNull();
    }

    // SPEC §7 passivsager.csv and forklaring.json: output-only codes.
    public static TheoryData<string, string> Udkoder => new()
    {
        { "Mangel", "tilbud,samtaler,begge" },
        { "Maalestatus", "i_maalgruppe,ingen_ydelse,doed_dag,for_kort_forloeb,fritaget" },
        { "Indsatsvurdering", "taeller,foer_vindue,efter_vindue,aaben_til,p91_udelukket,foerste_jobsamtale_ikke_personligt" },
        { "Overgangsudfald", "nyt_forloeb_pause,nyt_forloeb_ydelsesskift,fortsaettende_skift,pause_uden_brud,kommuneskift" },
        { "Brudaarsag", "foerste,pause,ydelsesskift" },
        { "Indsatsart", "tilbud,timer,samtale" },
    };

    [Theory]
    [MemberData(nameof(Udkoder))]
    public void Kode_Udkoder_HverVaerdiIEnumOrden(string liste, string koder)
    {
        var koderne = liste switch
        {
            "Mangel" => Enum.GetValues<Mangel>().Select(Koder.Kode),
            "Maalestatus" => Enum.GetValues<Maalestatus>().Select(Koder.Kode),
            "Indsatsvurdering" => Enum.GetValues<Indsatsvurdering>().Select(Koder.Kode),
            "Overgangsudfald" => Enum.GetValues<Overgangsudfald>().Select(Koder.Kode),
            "Brudaarsag" => Enum.GetValues<Brudaarsag>().Select(Koder.Kode),
            "Indsatsart" => Enum.GetValues<Indsatsart>().Select(Koder.Kode),
            _ => throw new ArgumentOutOfRangeException(nameof(liste), liste, null),
        };
        string.Join(",", koderne).Should().Be(koder);
    }

    // The Danish words on screen and in the report; decisions in the order summaries list them.
    [Fact]
    public void Tekst_Afgoerelser_IRaekkefoelgeOgMedDanskeOrd()
    {
        string.Join("|", Koder.AlleAfgoerelsestyper.Select(a => $"{Koder.Kode(a)}={Koder.Tekst(a)}")).Should().Be(
            "udvalgt=udvalgt|forlaenget=forlænget|administration=administration|fortsat_administration=fortsat administration|ophoert=ophørt|ikke_omfattet=ikke omfattet");
        Koder.AlleAfgoerelsestyper.Order().Should().Equal(Enum.GetValues<Afgoerelsestype>());
    }

    [Theory]
    [InlineData(Tilsynsstatus.Ingen, "ingen")]
    [InlineData(Tilsynsstatus.Skaerpet, "skærpet tilsyn")]
    [InlineData(Tilsynsstatus.Forlaenget, "forlænget")]
    [InlineData(Tilsynsstatus.Administration, "administration")]
    public void Tekst_Status_DanskeOrd(Tilsynsstatus status, string tekst)
    {
        Koder.Tekst(status).Should().Be(tekst);
    }

    [Fact]
    public void Kode_UkendtVaerdi_Kaster()
    {
        var act = () => Koder.Kode((Afgoerelsestype)42);
        act.Should().Throw<UnreachableException>().WithMessage("Afgoerelsestype har ingen kendt værdi 42.");
    }

    [Fact]
    public void Kodeliste_ManglendeVaerdi_Kaster()
    {
        var act = () => new Kodeliste<Fokusmaal>((Fokusmaal.Fm1, "fm1"));
        act.Should().Throw<InvalidOperationException>().WithMessage("Kodelisten for Fokusmaal skal have hver værdi og hver kode præcis én gang.");
    }

    [Fact]
    public void Kodeliste_KodeToGange_Kaster()
    {
        var act = () => new Kodeliste<Fokusmaal>((Fokusmaal.Fm1, "fm"), (Fokusmaal.Fm2, "fm"));
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Kodeliste_UdenTekster_TekstKaster()
    {
        var act = () => new Kodeliste<Fokusmaal>((Fokusmaal.Fm1, "fm1"), (Fokusmaal.Fm2, "fm2")).Tekst(Fokusmaal.Fm1);
        act.Should().Throw<InvalidOperationException>();
    }

    private static (Func<object, string> Kode, Func<string, object?> Fortolk, object[] Vaerdier) Liste(string navn) => navn switch
    {
        "Ydelse" => Af<Ydelse>(Koder.Kode, (string t, out Ydelse v) => Koder.TryParse(t, out v)),
        "SamtaleType" => Af<SamtaleType>(Koder.Kode, (string t, out SamtaleType v) => Koder.TryParse(t, out v)),
        "SamtaleForm" => Af<SamtaleForm>(Koder.Kode, (string t, out SamtaleForm v) => Koder.TryParse(t, out v)),
        "TilbudType" => Af<TilbudType>(Koder.Kode, (string t, out TilbudType v) => Koder.TryParse(t, out v)),
        "FritagelseAarsag" => Af<FritagelseAarsag>(Koder.Kode, (string t, out FritagelseAarsag v) => Koder.TryParse(t, out v)),
        "Tilsynsstatus" => Af<Tilsynsstatus>(Koder.Kode, (string t, out Tilsynsstatus v) => Koder.TryParse(t, out v)),
        "Fokusmaal" => Af<Fokusmaal>(Koder.Kode, (string t, out Fokusmaal v) => Koder.TryParse(t, out v)),
        "Gennemsnit" => Af<Gennemsnit>(Koder.Kode, (string t, out Gennemsnit v) => Koder.TryParse(t, out v)),
        "ForloebBrud" => Af<ForloebBrud>(Koder.Kode, (string t, out ForloebBrud v) => Koder.TryParse(t, out v)),
        _ => throw new ArgumentOutOfRangeException(nameof(navn), navn, null),
    };

    private delegate bool Fortolker<T>(string tekst, out T vaerdi);

    private static (Func<object, string>, Func<string, object?>, object[]) Af<T>(Func<T, string> kode, Fortolker<T> fortolk)
        where T : struct, Enum =>
        (v => kode((T)v), t => fortolk(t, out var v) ? v : null, Enum.GetValues<T>().Cast<object>().ToArray());
}
