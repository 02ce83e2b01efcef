using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.IO.Inddata;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

public sealed partial class IndlaeserTests : IDisposable
{
    private static readonly Indlaesningsvalg s_valg = new();
    private static readonly string s_langtId = new('x', 65);

    private readonly Datamappe _mappe = new();

    public static TheoryData<string, string, string, string> DaarligeRaekker => new()
    {
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,foo,2023-01-01,", "ukendt ydelse 'foo'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,,2023-01-01,", "manglende 'ydelse'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,411,dagpenge,2023-01-01,", "ukendt kommune '411'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,1010,dagpenge,2023-01-01,", "ugyldig kommune '1010'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,1a1,dagpenge,2023-01-01,", "ugyldig kommune '1a1'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,,dagpenge,2023-01-01,", "manglende 'kommune'" },
        { "ydelser.csv", Datamappe.YdelserHeader, ",101,dagpenge,2023-01-01,", "manglende 'person_id'" },
        { "ydelser.csv", Datamappe.YdelserHeader, s_langtId + ",101,dagpenge,2023-01-01,", "person_id er længere end 64 tegn" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-13-01,", "ugyldig dato i 'fra': '2023-13-01'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-02-29,", "ugyldig dato i 'fra': '2023-02-29'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-1-01,", "ugyldig dato i 'fra': '2023-1-01'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,01-01-2023,", "ugyldig dato i 'fra': '01-01-2023'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,,2023-01-01", "manglende 'fra'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-01-01,2023-1-31", "ugyldig dato i 'til': '2023-1-31'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-03-01,2023-02-28", "'til' før 'fra'" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-01-01", "forkert antal felter: 4, overskriften har 5" },
        { "ydelser.csv", Datamappe.YdelserHeader, "p1,101,dagpenge,2023-01-01,,x", "forkert antal felter: 6, overskriften har 5" },
        { "samtaler.csv", Datamappe.SamtalerHeader, "p1,2023-01-01,moede,personligt", "ukendt type 'moede'" },
        { "samtaler.csv", Datamappe.SamtalerHeader, "p1,2023-01-01,jobsamtale,brev", "ukendt form 'brev'" },
        { "samtaler.csv", Datamappe.SamtalerHeader, "p1,2023-01-01,jobsamtale,", "manglende 'form'" },
        { "samtaler.csv", Datamappe.SamtalerHeader, "p1,,jobsamtale,digital", "manglende 'dato'" },
        { "tilbud.csv", Datamappe.TilbudHeader, "p1,2023-01-01,,kursus", "ukendt type 'kursus'" },
        { "tilbud.csv", Datamappe.TilbudHeader, "p1,2023-02-01,2023-01-31,vejledning", "'til' før 'fra'" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,-5", "negative timer" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,-0.5", "negative timer" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,1e3", "ugyldigt tal i 'timer': '1e3'" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,12.", "ugyldigt tal i 'timer': '12.'" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,+5", "ugyldigt tal i 'timer': '+5'" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,\"1,5\"", "ugyldigt tal i 'timer': '1,5'" },
        { "timer.csv", Datamappe.TimerHeader, "p1,2023-01-01,2023-01-31,", "manglende 'timer'" },
        { "fritagelser.csv", Datamappe.FritagelserHeader, "p1,2023-01-01,,ferie", "ukendt aarsag 'ferie'" },
        { "benchmark.csv", Datamappe.BenchmarkHeader, "23x,101,16.4,15.0", "ugyldigt heltal i 'aar': '23x'" },
        { "benchmark.csv", Datamappe.BenchmarkHeader, "2023,411,16.4,15.0", "ukendt kommune '411'" },
        { "benchmark.csv", Datamappe.BenchmarkHeader, "2023,101,16.4.1,15.0", "ugyldigt tal i 'faktisk': '16.4.1'" },
        { "benchmark.csv", Datamappe.BenchmarkHeader, "2023,101,16.4,", "manglende 'forventet'" },
        { "benchmark.csv", Datamappe.BenchmarkHeader, "2023,101,16,4,15.0", "forkert antal felter: 5, overskriften har 4" },
        { "status.csv", Datamappe.StatusHeader, "101,skaerpet,,,", "manglende 'udvalgt_aar'" },
        { "status.csv", Datamappe.StatusHeader, "101,tilsyn,2023,,", "ukendt status 'tilsyn'" },
        { "status.csv", Datamappe.StatusHeader, "101,,2023,,", "manglende 'status'" },
        { "status.csv", Datamappe.StatusHeader, "101,skaerpet,2023,abc,", "ugyldigt tal i 'basis_fm1': 'abc'" },
        { "status.csv", Datamappe.StatusHeader, "101,skaerpet,2023,40.00,2o", "ugyldigt tal i 'basis_fm2': '2o'" },
        { "status.csv", Datamappe.StatusHeader, "101,ingen,i aar,,", "ugyldigt heltal i 'udvalgt_aar': 'i aar'" },
    };

    public void Dispose() => _mappe.Dispose();

    [Theory]
    [MemberData(nameof(DaarligeRaekker))]
    public void Laes_BadRow_RejectedWithReasonAndLine(string fil, string header, string raekke, string aarsag)
    {
        _mappe.Skriv(fil, header + "\n" + raekke + "\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Rapport.Afviste.Should().Equal(new Afvisning(fil, 2, aarsag, raekke));
        inddata.Rapport.Filer.Single(f => f.Navn == fil).Should().BeEquivalentTo(new { Laest = 1, Brugt = 0, Afvist = 1, Dubletter = 0 });
        inddata.Personer.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(DaarligeRaekker))]
    public void Laes_BadRowWhenStrict_ThrowsNamingFileLineAndReason(string fil, string header, string raekke, string aarsag)
    {
        _mappe.Skriv(fil, header + "\n" + raekke + "\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Strict = true });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be($"{fil} linje 2: {aarsag}");
    }

    [Fact]
    public void Laes_ValidRows_ParsedPerPersonSortedOrdinalInFileOrder()
    {
        _mappe.Skriv("ydelser.csv", Datamappe.YdelserHeader + "\nb,101,kontanthjaelp,2023-05-01,\nB,147,sho,2022-01-01,2022-12-31\nb,101,dagpenge,2021-01-01,2021-06-30\n");
        _mappe.Skriv("samtaler.csv", Datamappe.SamtalerHeader + "\nb,2023-06-01,jobsamtale,digital\n");
        _mappe.Skriv("tilbud.csv", Datamappe.TilbudHeader + "\na,2023-06-01,,oevrig_vejledning\n");
        _mappe.Skriv("timer.csv", Datamappe.TimerHeader + "\nb,2023-06-01,2023-06-30,37.50\nb,2023-07-01,,0\n");
        _mappe.Skriv("fritagelser.csv", Datamappe.FritagelserHeader + "\nB,2022-03-01,2022-03-31,barsel\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Personer.Select(p => p.PersonId).Should().Equal("B", "a", "b");
        Persondata b = inddata.Personer[2];
        b.Ydelser.Should().Equal(
            new Ydelsesperiode(new LocalDate(2023, 5, 1), Datoer.Aaben, Ydelse.Kontanthjaelp, 101),
            new Ydelsesperiode(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30), Ydelse.Dagpenge, 101));
        b.Samtaler.Should().Equal(new Samtale(new LocalDate(2023, 6, 1), SamtaleType.Jobsamtale, SamtaleForm.Digital));
        b.Timer.Should().Equal(
            new Timeperiode(new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30), 37.50m),
            new Timeperiode(new LocalDate(2023, 7, 1), Datoer.Aaben, 0m));
        inddata.Personer[1].Tilbud.Should().Equal(new Tilbud(new LocalDate(2023, 6, 1), Datoer.Aaben, TilbudType.OevrigVejledning));
        inddata.Personer[0].Ydelser.Should().Equal(new Ydelsesperiode(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31), Ydelse.Sho, 147));
        inddata.Personer[0].Fritagelser.Should().Equal(new Fritagelse(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31), FritagelseAarsag.Barsel));
        inddata.Rapport.Afviste.Should().BeEmpty();
        inddata.Rapport.Advarsler.Should().BeEmpty();
        inddata.Status.Should().BeNull();
        inddata.Rapport.Filer.Select(f => f.Navn).Should().Equal("ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "fritagelser.csv");
    }

    [Fact]
    public void Laes_BlankLinesAndQuotedLineBreak_LinesArePhysicalAndBlankLinesNotCounted()
    {
        _mappe.Skriv("ydelser.csv",
            "person_id,kommune,ydelse,fra,til\n" +
            "p1,101,dagpenge,2023-01-01,\n" +
            "\n" +
            "  \t \n" +
            "\"p2\",\"101\",\"dag\r\npenge\",2023-01-01,\r\n" +
            "\n" +
            "p3,101,foo,2023-01-01,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Rapport.Afviste.Should().Equal(
            new Afvisning("ydelser.csv", 5, "ukendt ydelse 'dag\r\npenge'", "\"p2\",\"101\",\"dag\r\npenge\",2023-01-01,"),
            new Afvisning("ydelser.csv", 8, "ukendt ydelse 'foo'", "p3,101,foo,2023-01-01,"));
        inddata.Rapport.Filer[0].Should().BeEquivalentTo(new { Laest = 3, Brugt = 1, Afvist = 2, Dubletter = 0 });
    }

    [Fact]
    public void Laes_ByteOrderMark_HeaderStillFound()
    {
        _mappe.Skriv("ydelser.csv", "\uFEFF" + Datamappe.YdelserHeader + "\np1,101,dagpenge,2023-01-01,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Personer.Should().ContainSingle().Which.Ydelser.Should().ContainSingle();
    }

    [Fact]
    public void Laes_SurroundingSpacesAndQuotes_FieldsTrimmed()
    {
        _mappe.Skriv("ydelser.csv", " person_id , kommune ,ydelse,fra,til\n p1 ,\t101\t,\" dagpenge \", 2023-01-01 , \n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Personer.Should().ContainSingle().Which.PersonId.Should().Be("p1");
        inddata.Personer[0].Ydelser.Should().Equal(new Ydelsesperiode(new LocalDate(2023, 1, 1), Datoer.Aaben, Ydelse.Dagpenge, 101));
    }

    [Fact]
    public void Laes_ReorderedAndExtraColumns_ExtraColumnsPartOfDuplicateKey()
    {
        _mappe.Skriv("ydelser.csv",
            "til,kilde,fra,ydelse,kommune,person_id\n" +
            ",A,2023-01-01,dagpenge,751,p1\n" +
            ",B,2023-01-01,dagpenge,751,p1\n" +
            ",B,2023-01-01,dagpenge,751,p1\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Personer.Single().Ydelser.Should().HaveCount(2).And.AllBeEquivalentTo(
            new Ydelsesperiode(new LocalDate(2023, 1, 1), Datoer.Aaben, Ydelse.Dagpenge, 751));
        inddata.Rapport.Filer[0].Should().BeEquivalentTo(new { Laest = 3, Brugt = 2, Afvist = 0, Dubletter = 1 });
    }

    [Fact]
    public void Laes_DuplicateRows_UsedOnceCountedAndWarned()
    {
        _mappe.Skriv("samtaler.csv",
            Datamappe.SamtalerHeader + "\n" +
            "p1,2023-01-05,jobsamtale,personligt\n" +
            " p1 ,2023-01-05,\"jobsamtale\",personligt\n" +
            "p1,2023-01-05,jobsamtale,personligt\n" +
            "p1,2023-01-05,sygeopfoelgning,telefon\n" +
            "p1,2023-01-05,moede,telefon\n" +
            "p1,2023-01-05,moede,telefon\n");
        _mappe.Skriv("tilbud.csv", Datamappe.TilbudHeader + "\np1,2023-01-01,,vejledning\np1,2023-01-01,,vejledning\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Personer.Single().Samtaler.Should().Equal(
            new Samtale(new LocalDate(2023, 1, 5), SamtaleType.Jobsamtale, SamtaleForm.Personligt),
            new Samtale(new LocalDate(2023, 1, 5), SamtaleType.Sygeopfoelgning, SamtaleForm.Telefon));
        inddata.Rapport.Afviste.Select(a => a.Linje).Should().Equal(6, 7);
        inddata.Rapport.Filer[1].Should().BeEquivalentTo(new { Navn = "samtaler.csv", Laest = 6, Brugt = 2, Afvist = 2, Dubletter = 2 });
        inddata.Rapport.Advarsler.Should().Equal("samtaler.csv: 2 dubletter brugt én gang", "tilbud.csv: 1 dublet brugt én gang");
        inddata.Rapport.Filer.Should().OnlyContain(f => f.Laest == f.Brugt + f.Afvist + f.Dubletter);
    }

    [Fact]
    public void Laes_GzipFiles_SameResultAsPlain()
    {
        string ydelser = "\uFEFF" + Datamappe.YdelserHeader + "\np1,101,dagpenge,2023-01-01,\np1,101,dagpenge,2023-01-01,\np2,101,foo,2023-01-01,\n";
        string timer = Datamappe.TimerHeader + "\np1,2023-01-01,2023-01-31,12.5\n";
        _mappe.Skriv("ydelser.csv", ydelser);
        _mappe.Skriv("timer.csv", timer);
        var plain = Indlaeser.Laes(_mappe.Sti, s_valg);
        _mappe.Slet("ydelser.csv");
        _mappe.Slet("timer.csv");
        _mappe.SkrivGz("ydelser.csv.gz", ydelser);
        _mappe.SkrivGz("timer.csv.gz", timer);

        var gz = Indlaeser.Laes(_mappe.Sti, s_valg);

        gz.Personer.Should().BeEquivalentTo(plain.Personer);
        gz.Rapport.Afviste.Should().Equal(plain.Rapport.Afviste.Select(a => a with { Fil = "ydelser.csv.gz" }));
        gz.Rapport.Filer.Select(f => f.Navn).Should().Equal("ydelser.csv.gz", "samtaler.csv", "tilbud.csv", "timer.csv.gz");
        gz.Rapport.Filer.Select(f => (f.Laest, f.Brugt, f.Afvist, f.Dubletter)).Should().Equal(plain.Rapport.Filer.Select(f => (f.Laest, f.Brugt, f.Afvist, f.Dubletter)));
        gz.Rapport.Advarsler.Should().Equal("ydelser.csv.gz: 1 dublet brugt én gang");
    }

    [Fact]
    public void Laes_AnyFile_Sha256OfBytesOnDisk()
    {
        _mappe.SkrivGz("timer.csv.gz", Datamappe.TimerHeader + "\np1,2023-01-01,2023-01-31,12.5\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        foreach (Filstatistik fil in inddata.Rapport.Filer)
        {
            fil.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_mappe.Fil(fil.Navn)))));
        }
    }

    [Fact]
    public void Laes_BothPlainAndGzip_Throws()
    {
        _mappe.SkrivGz("tilbud.csv.gz", Datamappe.TilbudHeader + "\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be(
            $"Både tilbud.csv og tilbud.csv.gz findes i '{_mappe.Sti}'; der må kun være én af dem.");
    }

    [Theory]
    [InlineData(new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff })]
    [InlineData(new byte[] { (byte)'n', (byte)'o', (byte)'t', (byte)' ', (byte)'g', (byte)'z' })]
    public void Laes_CorruptGzip_Throws(byte[] indhold)
    {
        _mappe.Slet("ydelser.csv");
        File.WriteAllBytes(_mappe.Fil("ydelser.csv.gz"), indhold);

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("ydelser.csv.gz er ikke en gyldig gzip-fil.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(2000)]
    public void Laes_TruncatedGzip_Throws(int manglendeBytes)
    {
        StringBuilder indhold = new(Datamappe.YdelserHeader + "\n");
        for (int i = 0; i < 5000; i++)
        {
            indhold.Append(CultureInfo.InvariantCulture, $"p{i},101,dagpenge,2023-01-01,\n");
        }

        _mappe.Slet("ydelser.csv");
        _mappe.SkrivGz("ydelser.csv.gz", indhold.ToString());
        byte[] gz = File.ReadAllBytes(_mappe.Fil("ydelser.csv.gz"));
        File.WriteAllBytes(_mappe.Fil("ydelser.csv.gz"), gz[..^manglendeBytes]);

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("ydelser.csv.gz er ikke en gyldig gzip-fil.");
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 8)]
    [InlineData(3, 300)]
    public void Laes_GzipAfFlereMedlemmer_LaesesHeltOgAfkortetAfvist(int medlemmer, int manglendeBytes)
    {
        // As 'cat a.gz b.gz > ydelser.csv.gz' makes: each member a part of the file (SPEC §9.5); cut short, it is not valid.
        string hele = Datamappe.YdelserHeader + "\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"p{i},101,dagpenge,2023-01-01,\n"));
        _mappe.Skriv("ydelser.csv", hele);
        var plain = Indlaeser.Laes(_mappe.Sti, s_valg);
        _mappe.Slet("ydelser.csv");
        int del = hele.Length / medlemmer;
        var gz = new MemoryStream();
        for (int m = 0; m < medlemmer; m++)
        {
            using var medlem = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true);
            medlem.Write(Encoding.UTF8.GetBytes(m == medlemmer - 1 ? hele[(m * del)..] : hele.Substring(m * del, del)));
        }

        File.WriteAllBytes(_mappe.Fil("ydelser.csv.gz"), gz.ToArray()[..^manglendeBytes]);

        if (manglendeBytes > 0)
        {
            Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);
            laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("ydelser.csv.gz er ikke en gyldig gzip-fil.");
            return;
        }

        var gzip = Indlaeser.Laes(_mappe.Sti, s_valg);
        gzip.Personer.Should().HaveCount(3000).And.BeEquivalentTo(plain.Personer);
        gzip.Rapport.Filer[0].Laest.Should().Be(3000);
    }

    [Theory]
    [InlineData("ydelser.csv", "ydelser.csv")]
    [InlineData("tilbud.csv", "tilbud.csv")]
    [InlineData("timer.csv", "timer.csv")]
    [InlineData("fritagelser.csv.gz", "fritagelser.csv.gz")]
    public void Laes_MappeMedEtFilnavn_FejlSomSigerMappe(string navn, string naevnt)
    {
        if (File.Exists(_mappe.Fil(navn)))
        {
            _mappe.Slet(navn);
        }

        Directory.CreateDirectory(_mappe.Fil(navn));

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be($"{naevnt} i '{_mappe.Sti}' er en mappe, ikke en fil.");
    }

    [Fact]
    public void Laes_DataErEnFil_FejlSomSigerFil()
    {
        string sti = _mappe.Fil("ydelser.csv");

        Action laes = () => Indlaeser.Laes(sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().StartWith($"Datamappen '{sti}' er en fil, ikke en mappe;");
    }

    [Fact]
    public void Laes_StatusfilErEnMappe_FejlSomSigerMappe()
    {
        string sti = _mappe.Fil("status");
        Directory.CreateDirectory(sti);

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg with { StatusFil = sti });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be($"Statusfilen '{sti}' er en mappe, ikke en fil.");
    }

    // .NET's own text is English; the reason the file system gives is said in Danish (SPEC §9.5).
    public static TheoryData<Exception, string> Laesefejl => new()
    {
        { new UnauthorizedAccessException("Access to the path is denied."), "Filen 'x.csv' kan ikke læses (adgang nægtet)." },
        { new IOException("Input/output error", 5), "Filen 'x.csv' kan ikke læses (filsystemet afviste handlingen)." },
        { new FileNotFoundException("Could not find file."), "Filen 'x.csv' kan ikke læses (filen findes ikke)." },
        { new InvalidDataException("Bad data."), "Filen 'x.csv' kan ikke læses." },
    };

    [Theory]
    [MemberData(nameof(Laesefejl))]
    public void Ulaeselig_Aarsag_PaaDansk(Exception aarsag, string besked) =>
        Inddatafejl.Ulaeselig("x.csv", aarsag).Message.Should().Be(besked);

    [Fact]
    public void Laes_FolderMissing_Throws()
    {
        string sti = Path.Combine(_mappe.Sti, "findes-ikke");

        Action laes = () => Indlaeser.Laes(sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be($"Datamappen '{sti}' findes ikke.");
    }

    [Theory]
    [InlineData("ydelser")]
    [InlineData("samtaler")]
    [InlineData("tilbud")]
    public void Laes_RequiredFileMissing_Throws(string navn)
    {
        _mappe.Slet(navn + ".csv");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be(
            $"Den påkrævede fil {navn}.csv (eller {navn}.csv.gz) findes ikke i '{_mappe.Sti}'.");
    }

    [Fact]
    public void Laes_BenchmarkMissingWhenRequired_Throws()
    {
        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { KraevBenchmark = true });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be(
            $"Den påkrævede fil benchmark.csv (eller benchmark.csv.gz) findes ikke i '{_mappe.Sti}'.");
    }

    [Fact]
    public void Laes_OptionalFilesMissing_ReadWithoutThem()
    {
        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Benchmark.Should().BeEmpty();
        inddata.Status.Should().BeNull();
        inddata.Rapport.Filer.Select(f => f.Navn).Should().Equal("ydelser.csv", "samtaler.csv", "tilbud.csv");
    }

    [Theory]
    [InlineData("tilbud.csv", "person_id,fra,til", "tilbud.csv mangler kolonnen 'type' i overskriften.")]
    [InlineData("ydelser.csv", "person_id,Kommune,ydelse,fra,til", "ydelser.csv mangler kolonnen 'kommune' i overskriften.")]
    [InlineData("ydelser.csv", "", "ydelser.csv er tom; den skal mindst have overskriften.")]
    [InlineData("status.csv", "kommune,status,udvalgt_aar,basis_fm1", "status.csv mangler kolonnen 'basis_fm2' i overskriften.")]
    [InlineData("samtaler.csv", "person_id,dato,type,form,dato", "samtaler.csv har kolonnen 'dato' mere end én gang i overskriften.")]
    public void Laes_BadHeader_Throws(string fil, string header, string besked)
    {
        _mappe.Skriv(fil, header + "\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be(besked);
    }

    [Fact]
    public void Laes_Status_ParsedSortedByKommune()
    {
        _mappe.Skriv("status.csv",
            Datamappe.StatusHeader + "\n" +
            "751,administration,2021,45.50,22.00\n" +
            "147,ingen,,,\n" +
            "101,skaerpet,2023,31.25,\n" +
            "101,skaerpet,2023,31.25,\n" +
            "151,skaerpet,,,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Status.Should().Equal(
            new Kommunestatus(101, Tilsynsstatus.Skaerpet, 2023, 31.25m, null),
            Kommunestatus.Ingen(147),
            new Kommunestatus(751, Tilsynsstatus.Administration, 2021, 45.50m, 22.00m));
        inddata.Rapport.Afviste.Should().Equal(new Afvisning("status.csv", 6, "manglende 'udvalgt_aar'", "151,skaerpet,,,"));
        inddata.Rapport.Advarsler.Should().Equal("status.csv: 1 dublet brugt én gang");
    }

    [Fact]
    public void Laes_StatusListsKommuneTwice_Throws()
    {
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + "\n101,skaerpet,2023,31.25,\n147,ingen,,,\n101,ingen,,,\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, s_valg);

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("status.csv linje 4: kommune 101 står allerede i linje 2.");
    }

    [Fact]
    public void Laes_StatusBadRowThenValidRowForSameKommune_ValidRowUsed()
    {
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + "\n101,skaerpet,,,\n101,skaerpet,2022,35,18\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Status.Should().Equal(new Kommunestatus(101, Tilsynsstatus.Skaerpet, 2022, 35m, 18m));
        inddata.Rapport.Afviste.Should().ContainSingle().Which.Linje.Should().Be(2);
    }

    [Fact]
    public void Laes_StatusFileGiven_ReadInsteadOfFolderStatus()
    {
        _mappe.Skriv("status.csv", "ikke,en,statusfil\n");
        string andenMappe = Path.Combine(_mappe.Sti, "andet");
        Directory.CreateDirectory(andenMappe);
        string statusFil = Path.Combine(andenMappe, "status_2023.csv");
        File.WriteAllText(statusFil, Datamappe.StatusHeader + "\n147,forlaenget,2022,40,\n147,x,,,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { StatusFil = statusFil });

        inddata.Status.Should().Equal(new Kommunestatus(147, Tilsynsstatus.Forlaenget, 2022, 40m, null));
        inddata.Rapport.Afviste.Should().Equal(new Afvisning("status_2023.csv", 3, "ukendt status 'x'", "147,x,,,"));
        inddata.Rapport.Filer.Select(f => f.Navn).Should().EndWith("status_2023.csv");
    }

    [Fact]
    public void Laes_StatusFileMissing_Throws()
    {
        string statusFil = _mappe.Fil("status_2023.csv");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { StatusFil = statusFil });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be($"Statusfilen '{statusFil}' findes ikke.");
    }

    [Fact]
    public void Laes_BenchmarkRepeated_LaterRowOverridesAndTextKept()
    {
        _mappe.Skriv("benchmark.csv",
            Datamappe.BenchmarkHeader + "\n" +
            "2023,147,20.1,19.0\n" +
            "2023,101,16.4,15.0\n" +
            "2022,101,14,15\n" +
            "2023,101,16.4,15.0\n" +
            "2023,101, 16.40 ,15.5\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { KraevBenchmark = true });

        inddata.Benchmark.Should().Equal(
            new Benchmarkraekke(2022, 101, 14m, 15m, "14", "15"),
            new Benchmarkraekke(2023, 101, 16.40m, 15.5m, "16.40", "15.5"),
            new Benchmarkraekke(2023, 147, 20.1m, 19.0m, "20.1", "19.0"));
        inddata.Rapport.Filer[^1].Should().BeEquivalentTo(new { Navn = "benchmark.csv", Laest = 5, Brugt = 4, Afvist = 0, Dubletter = 1 });
        inddata.Rapport.Advarsler.Should().Equal(
            "benchmark.csv: 1 dublet brugt én gang",
            "benchmark.csv: 1 række erstattet af en senere række for samme aar og kommune");
    }

    [Fact]
    public void Laes_RejectsInSeveralFiles_OrderedByFileThenLine()
    {
        _mappe.Skriv("status.csv", Datamappe.StatusHeader + "\n411,ingen,,,\n");
        _mappe.Skriv("timer.csv", Datamappe.TimerHeader + "\np1,2023-01-01,,x\n");
        _mappe.Skriv("ydelser.csv", Datamappe.YdelserHeader + "\np1,101,foo,2023-01-01,\np1,101,dagpenge,2023-01-01,\np1,101,bar,2023-01-01,\n");

        var inddata = Indlaeser.Laes(_mappe.Sti, s_valg);

        inddata.Rapport.Afviste.Select(a => (a.Fil, a.Linje)).Should().Equal(("ydelser.csv", 2L), ("ydelser.csv", 4L), ("timer.csv", 2L), ("status.csv", 2L));
        inddata.Rapport.Filer.Select(f => f.Navn).Should().Equal("ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "status.csv");
    }

    [Fact]
    public void Laes_Strict_FirstBadRowStops()
    {
        _mappe.Skriv("ydelser.csv", Datamappe.YdelserHeader + "\np1,101,dagpenge,2023-01-01,\n\np1,101,foo,2023-01-01,\np1,999,bar,2023-01-01,\n");

        Action laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Strict = true });

        laes.Should().Throw<InputFejlException>().Which.Message.Should().Be("ydelser.csv linje 4: ukendt ydelse 'foo'");
    }
}
