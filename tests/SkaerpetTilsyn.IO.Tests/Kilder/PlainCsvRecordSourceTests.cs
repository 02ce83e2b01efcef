using System.IO.Compression;
using System.Text;
using SkaerpetTilsyn.IO.Csv;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.IO.Kilder;

namespace SkaerpetTilsyn.IO.Tests.Kilder;

/// <summary>The line-by-line framer must serve exactly what CsvHelper serves: every record, field, line, text, key and defect, and the same hash.</summary>
public sealed class PlainCsvRecordSourceTests : IDisposable
{
    private readonly string _mappe = Directory.CreateTempSubdirectory("skaerpet-plain-").FullName;

    public static TheoryData<string, string> Filer => new()
    {
        { "enkel", "person_id,dato\nP1,2023-01-01\nP2,2023-01-02\n" },
        { "uden slut-linjeskift", "person_id,dato\nP1,2023-01-01\nP2,2023-01-02" },
        { "crlf", "person_id,dato\r\nP1,2023-01-01\r\nP2,2023-01-02\r\n" },
        { "bom", "\uFEFFperson_id,dato\nP1,2023-01-01\n" },
        { "tomme linjer", "person_id,dato\n\nP1,2023-01-01\n  \t \n\r\nP2,2023-01-02\n\n" },
        { "blanke felter", "person_id,dato\n P1 ,2023-01-01\n\tP2, 2023-01-02 \n,\n" },
        { "forkert antal felter", "person_id,dato\nP1\nP2,2023-01-01,x\nP3,,,\n" },
        { "citat midt i", "person_id,dato\nP1,2023-01-01\nP2,\"2023-01-02\"\nP3,2023-01-03\n" },
        { "citat over linjer", "person_id,dato\nP1,2023-01-01\n\nP2,\"2023-\n01-02\"\nP3,2023-01-03\n" },
        { "citat i første række", "person_id,dato\n\"P1\",2023-01-01\nP2,2023-01-02\n" },
        { "citat i overskriften", "\"person_id\",dato\nP1,2023-01-01\n" },
        { "løst cr", "person_id,dato\nP1,2023-01-01\rP2,2023-01-02\nP3,x\n" },
        { "cr til sidst", "person_id,dato\nP1,2023-01-01\r" },
        { "nul", "person_id,dato\nP1,2023-01-01\nP\02,x\nP3,y\n" },
        { "ugyldig utf-8", "person_id,dato\nP1,2023-01-01\nP\u00FF2,x\nP3,æøå\n" },
        { "kun overskrift", "person_id,dato\n" },
        { "tom", "" },
        { "tom første linje", "\nperson_id,dato\nP1,x\n" },
        { "semikolon", "person_id;dato\nP1;x\n" },
        { "ét felt", "person_id\nP1\n\nP2\n" },
    };

    public void Dispose() => Directory.Delete(_mappe, recursive: true);

    [Theory]
    [MemberData(nameof(Filer))]
    public void Laes_SammeSomCsvHelper(string navn, string tekst)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(tekst);
        if (navn == "ugyldig utf-8")
        {
            // A lone 0xFF in place of ÿ's two bytes.
            bytes = [.. bytes.AsSpan(0, tekst.IndexOf('\u00FF', StringComparison.Ordinal)), 0xFF, .. Encoding.UTF8.GetBytes(tekst[(tekst.IndexOf('\u00FF', StringComparison.Ordinal) + 1)..])];
        }

        Sammenlign(Skriv("a.csv", bytes));
        Sammenlign(Skriv("a.csv.gz", Gzip(bytes)));
    }

    [Fact]
    public void Laes_StorFilMedCitatLangtInde_SammeSomCsvHelper()
    {
        // Past the first buffer and the first fill, with a quote spanning lines deep inside and CRLF line ends.
        var sb = new StringBuilder("person_id,kommune,dato\r\n");
        for (int i = 0; i < 60_000; i++)
        {
            sb.Append(i == 40_000 ? "P40000,101,\"2023\r\n-01-01\"\r\n" : $"P{i:D6},{101 + (i % 7)},2023-01-{1 + (i % 28):D2}\r\n");
            if (i % 997 == 0)
            {
                sb.Append("\r\n");
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(sb.ToString());
        int antal = Sammenlign(Skriv("stor.csv", bytes));
        antal.Should().Be(60_000);
        using var hurtig = PlainCsvRecordSource.Open(Path.Combine(_mappe, "stor.csv"), new Indlaesningsvalg());
        hurtig.Should().BeOfType<PlainCsvRecordSource>();
    }

    [Fact]
    public void Laes_TilfaeldigeFiler_SammeSomCsvHelper()
    {
        // Lines of separators, blanks, quotes, carriage returns, NUL and non-ASCII in every mix, seeded so a failure can be repeated.
        string[] dele = ["P1", "x", ",", ",", "\n", "\n", "\r\n", "\r", "\"", " ", "\t", "\0", "æ", "2023-01-01"];
        var tilfaeldig = new Random(16);
        for (int fil = 0; fil < 400; fil++)
        {
            var sb = new StringBuilder(fil % 5 == 0 ? "\uFEFFperson_id,dato\n" : "person_id,dato\r\n");
            int laengde = tilfaeldig.Next(1, 120);
            bool medCitat = fil % 3 == 0;
            for (int i = 0; i < laengde; i++)
            {
                string del = dele[tilfaeldig.Next(dele.Length)];
                sb.Append(del == "\"" && !medCitat ? "y" : del);
            }

            Sammenlign(Skriv($"r{fil}.csv", Encoding.UTF8.GetBytes(sb.ToString())));
        }
    }

    [Fact]
    public void Laes_LinjeOverGraensen_AfkortesSomHosCsvHelper()
    {
        string lang = new('x', (1 << 20) + 10);
        Sammenlign(Skriv("lang.csv", Encoding.UTF8.GetBytes($"person_id,dato\nP1,x\nP2,{lang}\nP3,y\n")));
    }

    [Fact]
    public void Aabn_AndetTegnsaet_CsvHelperFraStarten()
    {
        string sti = Skriv("b.csv", Encoding.UTF8.GetBytes("person_id\nP1\n"));
        using var kilde = PlainCsvRecordSource.Open(sti, new Indlaesningsvalg { Tegnsaet = Encoding.Latin1 });
        kilde.Should().BeOfType<CsvRecordSource>();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var ud = new MemoryStream();
        using (var gz = new GZipStream(ud, CompressionLevel.Fastest))
        {
            gz.Write(bytes);
        }

        return ud.ToArray();
    }

    private string Skriv(string navn, byte[] bytes)
    {
        string sti = Path.Combine(_mappe, navn);
        File.WriteAllBytes(sti, bytes);
        return sti;
    }

    /// <summary>Reads the file with both framers side by side and returns the number of records.</summary>
    private static int Sammenlign(string sti)
    {
        var valg = new Indlaesningsvalg();
        RecordSource? csv = null;
        RecordSource? plain = null;
        Exception? csvFejl = Fang(() => csv = CsvRecordSource.Open(sti, valg));
        Exception? plainFejl = Fang(() => plain = PlainCsvRecordSource.Open(sti, valg));
        plainFejl?.Message.Should().Be(csvFejl?.Message);
        (plainFejl is null).Should().Be(csvFejl is null, csvFejl?.Message);
        if (csv is null || plain is null)
        {
            return 0;
        }

        using (csv)
        using (plain)
        {
            plain.Headers.Should().Equal(csv.Headers);
            int antal = 0;
            while (true)
            {
                bool ja = false;
                bool plainJa = false;
                string? defekt = null;
                string? plainDefekt = null;
                Exception? laesFejl = Fang(() => ja = csv.Read(out defekt));
                Exception? plainLaesFejl = Fang(() => plainJa = plain.Read(out plainDefekt));
                plainLaesFejl?.Message.Should().Be(laesFejl?.Message);
                (plainLaesFejl is null).Should().Be(laesFejl is null, laesFejl?.Message);
                plainJa.Should().Be(ja);
                if (!ja)
                {
                    break;
                }

                antal++;
                string hvor = $"record {antal}, line {csv.Line}";
                plainDefekt.Should().Be(defekt, hvor);
                plain.Line.Should().Be(csv.Line, hvor);
                plain.FieldCount.Should().Be(csv.FieldCount, hvor);
                plain.RecordText().Should().Be(csv.RecordText(), hvor);
                for (int i = 0; i <= csv.FieldCount; i++)
                {
                    plain.Field(i).ToArray().Should().Equal(csv.Field(i).ToArray(), hvor);
                }

                bool samlet = csv.TryGetJoined(out ReadOnlySpan<byte> csvSamlet);
                byte[] forventet = csvSamlet.ToArray();
                plain.TryGetJoined(out ReadOnlySpan<byte> plainSamlet).Should().Be(samlet, hvor);
                if (samlet)
                {
                    plainSamlet.ToArray().Should().Equal(forventet, hvor);
                }
            }

            plain.Finish().Should().Be(csv.Finish());
            return antal;
        }
    }

    private static Exception? Fang(Action handling)
    {
        try
        {
            handling();
            return null;
        }
        catch (InputFejlException e)
        {
            return e;
        }
    }
}
