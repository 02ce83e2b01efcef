using DocumentFormat.OpenXml.Packaging;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Dokumenter;
using static SkaerpetTilsyn.IO.Tests.Dokumenter.Dokumentdata;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

/// <summary>The built-in letter of <see cref="Dokumentskriver.Meddelelse"/> (SPEC §11.1), read back from the .docx.</summary>
public sealed class MeddelelseTests
{
    private const string Passiv = "sho:a1:tilbud sho:a2:begge kontanthjaelp:b1:samtaler kontanthjaelp:b2:tilbud kontanthjaelp:b3:begge";

    // Afgørelse spec (Dokumentdata.Afgoerelse), pieces the body must hold ('|'), pieces it must not.
    public static TheoryData<string, string, string, string> Breve => new()
    {
        {
            "udvalgt", "udvalgt ingen - - 51.78 23.4",
            "Meddelelse om skærpet tilsyn med beskæftigelsesindsatsen – opgørelsen for 2023|Til kommunalbestyrelsen i København (kommune 101)"
            + "|Dato: 30. april 2024|for København for dataåret 2023|Kommunen udvælges til skærpet tilsyn med beskæftigelsesindsatsen, jf. bekendtgørelsens § 6."
            + "|faktiske ydelsesgrad er 17,2 %, og den forventede ydelsesgrad er 16,1 %|Opfyldt: nej"
            + "|er 51,78 % mod en grænse på 30,00 %|er 23,40 % mod en grænse på 20,00 %"
            + "|senest den 31. juli 2024 sende styrelsen en redegørelse|til og med den 31. december 2024, jf. bekendtgørelsens § 9",
            "Grundlaget fra udvælgelsen|passivsager"
        },
        {
            "forlaenget", "forlaenget skaerpet 50 30 38.5 24.9",
            "Det skærpede tilsyn med kommunen forlænges med 12 måneder, jf. bekendtgørelsens § 11.|er 38,50 % mod en grænse på 30,00 %"
            + "|er 24,90 % mod en grænse på 20,00 %|Grundlaget fra udvælgelsen|Fokusmål 1: Andelen var 50,00 %, da kommunen blev udvalgt"
            + "|når andelen højst er 40,00 %|Fokusmål 2: Andelen var 30,00 %|når andelen højst er 25,00 %|til og med den 31. december 2024|Dato: 30. april 2024",
            "redegørelse|passivsager"
        },
        {
            "administration", "administration skaerpet 50 30 51.78 23.4",
            "Kommunen sættes under administration, jf. bekendtgørelsens § 12.|er 51,78 % mod en grænse på 30,00 %|når andelen højst er 40,00 %"
            + "|Fra den 1. maj 2024 skal kommunen opfylde minimumskravene i bekendtgørelsens § 12, stk. 1, nr. 1: Mindst 70,00 %|mindst 80,00 %"
            + "|senest den 31. juli 2024, jf. § 12, stk. 2.|Antallet af passivsager pr. 31. december 2023 er 5, fordelt på ydelser således: "
            + "selvforsørgelses- og hjemrejseydelse eller overgangsydelse: 2; kontanthjælp: 3.",
            "redegørelse"
        },
        {
            "fortsat administration without passivsager", "fortsat_administration administration 50 30 51.78 23.4",
            "Kommunen forbliver under administration, jf. bekendtgørelsens § 12.|jf. bekendtgørelsens § 13.|Fra den 1. maj 2024"
            + "|Kommunen har ingen passivsager pr. 31. december 2023.|senest den 31. juli 2024",
            "fordelt på ydelser"
        },
        {
            "ophoert after forlaengelse, basis under the threshold", "ophoert forlaenget 50 19 25 15",
            "Det skærpede tilsyn med kommunen ophører, jf. bekendtgørelsens § 11.|Kommunen opfylder begge fokusmål for 2023."
            + "|Fokusmål 2: Andelen var 19,00 %, da kommunen blev udvalgt, og dermed under grænsen|fortsat er under 20,00 %|Opfyldt: ja",
            "minimumskrav|redegørelse"
        },
        {
            "ophoert from administration, empty basis", "ophoert administration - 30 25 15",
            "Administrationen og det skærpede tilsyn med kommunen ophører, jf. bekendtgørelsens § 13."
            + "|Fokusmål 1: Der er ikke registreret en andel fra udvælgelsen. Halvdelen af den krævede forbedring er opnået, når andelen er under 30,00 %"
            + "|Fokusmål 2: Andelen var 30,00 %",
            "minimumskrav"
        },
        {
            "undefined figure", "ophoert skaerpet 50 30 - 15",
            "Fokusmål 1 (bekendtgørelsens § 5, nr. 1): Kommunen havde ingen borgere i målgruppen i 2023|grænsen er 30,00 %|§ 10",
            "mod en grænse på 30,00 %"
        },
    };

    [Theory]
    [MemberData(nameof(Breve))]
    public void Meddelelse_Decision_BodyHoldsEveryPiece(string scenario, string afgoerelse, string skal, string maaIkke)
    {
        var a = Afgoerelse(afgoerelse);
        var sager = a.Type == Afgoerelsestype.Administration ? Sager(101, Passiv) : [];
        var tekst = string.Join("\n", Broedtekst(Dokumentskriver.Meddelelse(a, Resultat([a], sager), sager, null)));

        foreach (string del in skal.Split('|'))
        {
            tekst.Should().Contain(del, scenario);
        }

        foreach (string del in maaIkke.Split('|'))
        {
            tekst.Should().NotContain(del, scenario);
        }

        tekst.Should().NotContain("\u00A0", "SPEC §11.1 asks for ordinary spaces").And.NotContain("{{").And.NotContain("}}");
    }

    [Fact]
    public void Meddelelse_InactiveFokusmaal_SaidSoAndNoBasis()
    {
        var regler = Regelsaet.Bek301_2023 with { AktiveFokusmaal = [Fokusmaal.Fm2] };
        var a = Afgoerelse("forlaenget skaerpet 50 30 60 24.9");
        var tekst = string.Join("\n", Broedtekst(Dokumentskriver.Meddelelse(a, Resultat([a], regler: regler), [], null)));

        tekst.Should().Contain("Fokusmål 1 (bekendtgørelsens § 5, nr. 1) indgår ikke i det anvendte regelsæt og regnes som opfyldt. "
            + "Andelen af målgruppen, der hverken har deltaget i et beskæftigelsesrettet tilbud eller har haft tilstrækkeligt mange timers ordinær beskæftigelse, var 60,00 %.");
        tekst.Should().Contain("Fokusmål 2: Andelen var 30,00 %").And.NotContain("Fokusmål 1: Andelen var");
    }

    [Fact]
    public void Meddelelse_Text_InBodyNotInHeadersOrFooters()
    {
        var a = Afgoerelse("udvalgt ingen - - 51.78 23.4");
        using var doc = WordprocessingDocument.Open(new MemoryStream(Dokumentskriver.Meddelelse(a, Resultat([a]), [], null)), false);
        doc.MainDocumentPart!.HeaderParts.Should().BeEmpty();
        doc.MainDocumentPart.FooterParts.Should().BeEmpty();
        doc.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TextBoxContent>().Should().BeEmpty();
    }

    [Fact]
    public void Meddelelse_CoreProperties_FixedFromTheMeddelelseDate()
    {
        var a = Afgoerelse("udvalgt ingen - - 51.78 23.4");
        using var doc = WordprocessingDocument.Open(new MemoryStream(Dokumentskriver.Meddelelse(a, Resultat([a]), [], null)), false);
        var p = doc.PackageProperties;
        p.Creator.Should().Be("SkaerpetTilsyn");
        p.Title.Should().Be("Meddelelse til København om opgørelsen for 2023");
        p.Created.Should().Be(new DateTime(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc));
        p.Modified.Should().Be(new DateTime(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Meddelelse_IkkeOmfattet_Refused()
    {
        var a = Afgoerelse("ikke_omfattet ingen - - 20 10");
        var handling = () => Dokumentskriver.Meddelelse(a, Resultat([a]), [], null);
        handling.Should().Throw<ArgumentException>();
    }
}
