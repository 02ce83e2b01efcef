using System.IO.Compression;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Dokumenter;
using static SkaerpetTilsyn.IO.Tests.Dokumenter.Dokumentdata;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

public sealed class DokumentskriverTests : IDisposable
{
    private readonly string _ud = NyMappe();

    public void Dispose() => Directory.Delete(_ud, recursive: true);

    [Fact]
    public void Skriv_Decisions_LetterPerKommuneNotIkkeOmfattetWorkbookPerAdministration()
    {
        Dokumentskriver.Skriv(_ud, Blandet(), new Dokumentvalg());

        Filer("meddelelser").Should().Equal("101-Koebenhavn.docx", "147-Frederiksberg.docx", "185-Taarnby.docx", "330-Ny-Slagelse.docx", "492-Aeroe.docx");
        Filer("sagsgennemgang").Should().Equal("101-Koebenhavn.xlsx", "492-Aeroe.xlsx");
        Directory.GetFiles(_ud, "*", SearchOption.AllDirectories).Should().HaveCount(7, "no temporary files are left");
        string.Join("\n", Broedtekst(File.ReadAllBytes(Path.Combine(_ud, "meddelelser", "330-Ny-Slagelse.docx"))))
            .Should().Contain("Til kommunalbestyrelsen i Ny Slagelse (kommune 330)");
    }

    [Fact]
    public void Skriv_Twice_ByteIdenticalWithFixedEntryTimes()
    {
        string andet = NyMappe();
        try
        {
            var valg = new Dokumentvalg { Stikproeve = 2, Pseudonym = id => "p_" + id };
            Dokumentskriver.Skriv(_ud, Blandet(), valg);
            Thread.Sleep(2100);
            Dokumentskriver.Skriv(andet, Blandet(), valg);

            foreach (string fil in Directory.GetFiles(_ud, "*", SearchOption.AllDirectories))
            {
                string relativ = Path.GetRelativePath(_ud, fil);
                File.ReadAllBytes(Path.Combine(andet, relativ)).Should().Equal(File.ReadAllBytes(fil), relativ);
                using var zip = ZipFile.OpenRead(fil);
                zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().Should().Equal([new DateTime(1980, 1, 1)], relativ);
                zip.Entries.Should().NotContain(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal), "core properties are docProps/core.xml");
            }
        }
        finally
        {
            Directory.Delete(andet, recursive: true);
        }
    }

    [Fact]
    public void Skriv_UnknownTemplateField_NothingWritten()
    {
        string skabelon = Path.Combine(_ud, "skabelon.docx");
        File.WriteAllBytes(skabelon, Dokumentskriver.IndbyggetSkabelon(Afgoerelsestype.Udvalgt));
        string ud = Path.Combine(_ud, "ud");
        var handling = () => Dokumentskriver.Skriv(ud, Blandet(), new Dokumentvalg { Skabelon = skabelon });
        handling.Should().NotThrow();

        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(skabelon, true))
        {
            doc.MainDocumentPart!.Document.Body!.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("{{underskriver}}"))));
        }

        string ud2 = Path.Combine(_ud, "ud2");
        var fejl = () => Dokumentskriver.Skriv(ud2, Blandet(), new Dokumentvalg { Skabelon = skabelon });
        fejl.Should().Throw<InputFejlException>().WithMessage($"Skabelonen '{skabelon}' bruger det ukendte felt {{{{underskriver}}}};*");
        Directory.Exists(ud2).Should().BeFalse("the template is checked before anything is written");
    }

    [Fact]
    public void Skriv_FromARealOpgoerelse_LetterShowsItsFigures()
    {
        // 52 of 100 uden indsats and 23 of 100 with få samtaler every month, benchmark not met: selected under § 6.
        const int aar = 2023;
        var maaler = new Maaler(Regelsaet.Bek301_2023, new YearMonth(aar, 1), new YearMonth(aar, 12), new YearMonth(aar, 12));
        for (int m = 1; m <= 12; m++)
        {
            for (int i = 0; i < 100; i++)
            {
                maaler.Taellere.Tael(m - 1, new Personmaaling(new YearMonth(aar, m), 151, Ydelse.Kontanthjaelp, default, 365, default, 0, 0, 0, i < 52, i < 23));
            }
        }

        var r = Aarsopgoerelse.Beregn(maaler, aar, [new Benchmarkraekke(aar, 151, 17.25m, 16.5m, "17.25", "16.5")], null, new LocalDate(2024, 5, 15));
        Dokumentskriver.Skriv(_ud, r, new Dokumentvalg());

        string tekst = string.Join("\n", Broedtekst(File.ReadAllBytes(Path.Combine(_ud, "meddelelser", "151-Ballerup.docx"))));
        tekst.Should().Contain("jf. bekendtgørelsens § 6.").And.Contain("er 52,00 % mod en grænse på 30,00 %").And.Contain("er 23,00 % mod en grænse på 20,00 %")
            .And.Contain("17,25 %").And.Contain("16,5 %").And.Contain("Dato: 15. maj 2024").And.Contain("senest den 15. august 2024")
            .And.Contain("til og med den 31. december 2024");
        Filer("sagsgennemgang").Should().BeEmpty();
    }

    [Fact]
    public void Skriv_NegativeSampleSize_Refused()
    {
        var handling = () => Dokumentskriver.Skriv(_ud, Blandet(), new Dokumentvalg { Stikproeve = -1 });
        handling.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static Opgoerelsesresultat Blandet() => Resultat(
        [
            Afgoerelse("administration skaerpet 50 30 51.78 23.4", 101),
            Afgoerelse("udvalgt ingen - - 51.78 23.4", 147),
            Afgoerelse("ikke_omfattet ingen - - 20 10", 151),
            Afgoerelse("ophoert skaerpet 50 30 25 15", 185),
            Afgoerelse("forlaenget skaerpet 50 30 38.5 24.9", 330, "Ny Slagelse"),
            Afgoerelse("fortsat_administration administration 50 30 51.78 23.4", 492),
        ],
        [.. Sager(101, "sho:a1:tilbud kontanthjaelp:b1:begge kontanthjaelp:b2:samtaler"), .. Sager(492, "dagpenge:x1:tilbud")]);

    private string[] Filer(string mappe) =>
        [.. Directory.GetFiles(Path.Combine(_ud, mappe)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
