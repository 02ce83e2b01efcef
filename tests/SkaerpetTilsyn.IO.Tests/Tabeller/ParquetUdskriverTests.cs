using SkaerpetTilsyn.IO.Tabeller;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Tests.Tabeller;

public sealed class ParquetUdskriverTests : IDisposable
{
    private static readonly CsvDialekt s_parquet = CsvDialekt.Standard with { Format = Uddataformat.Parquet };

    private readonly Datamappe _mappe = new();

    public void Dispose() => _mappe.Dispose();

    [Fact]
    public void SkrivFil_HverType_SkemaOgVaerdierSomCsvTeksten()
    {
        Skriv("t.csv", ud =>
        {
            ud.Raekke("kommune", "navn", "maaned", "meddelelse", "fm1", "timer_i_vindue");
            ud.Raekke("101", "København", "2023-01", "2024-04-30", "58.41", "112.5");
            ud.Raekke("-7", "", null, null, null, "");
            ud.Raekke("860", "a,\"b\"\nc", "2023-12", "2024-02-29", "100.00", "0.1234");
        });

        var fil = Parquetfil.Laes(_mappe.Fil("t.parquet"));

        fil.Kolonner.Select(k => k.Navn).Should().Equal("kommune", "navn", "maaned", "meddelelse", "fm1", "timer_i_vindue");
        fil.Kolonner.Select(k => k.Type).Should().Equal(
            "INT32 INT(32)", "BYTE_ARRAY STRING", "BYTE_ARRAY STRING", "INT32 DATE", "INT32 DECIMAL(7,2)", "INT64 DECIMAL(18,4)");
        fil.Kolonner.Should().OnlyContain(k => k.Skema.RepetitionType == global::Parquet.Meta.FieldRepetitionType.OPTIONAL);
        fil["kommune"].Vaerdier.Should().Equal(new object?[] { 101, -7, 860 });
        fil["navn"].Vaerdier.Should().Equal(new object?[] { "København", null, "a,\"b\"\nc" });
        fil["maaned"].Vaerdier.Should().Equal(new object?[] { "2023-01", null, "2023-12" });
        fil["meddelelse"].Vaerdier.Should().Equal(new object?[] { new DateOnly(2024, 4, 30), null, new DateOnly(2024, 2, 29) });
        fil["fm1"].Vaerdier.Should().Equal(new object?[] { 58.41m, null, 100m });
        fil["timer_i_vindue"].Vaerdier.Should().Equal(new object?[] { 112.5m, null, 0.1234m });
        fil.SkrevetAf.Should().StartWith("Parquet.Net version 6.1.0");
    }

    [Fact]
    public void SkrivFil_KunOverskrift_EnFilUdenRaekker()
    {
        Skriv("afviste.csv", ud => ud.Raekke("fil", "linje", "aarsag", "raekke"));

        var fil = Parquetfil.Laes(_mappe.Fil("afviste.parquet"));

        fil.Kolonner.Select(k => k.Type).Should().Equal("BYTE_ARRAY STRING", "INT32 INT(32)", "BYTE_ARRAY STRING", "BYTE_ARRAY STRING");
        fil.Kolonner.Should().OnlyContain(k => k.Vaerdier.Count == 0);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(ParquetUdskriver.Raekkegruppe, 1)]
    [InlineData(ParquetUdskriver.Raekkegruppe + 1, 2)]
    [InlineData((2 * ParquetUdskriver.Raekkegruppe) + 3, 3)]
    public void SkrivFil_MangeRaekker_RaekkegrupperIRaekkefoelge(int antal, int grupper)
    {
        Skriv("t.csv", ud =>
        {
            ud.Raekke("linje", "aarsag");
            for (int i = 0; i < antal; i++)
            {
                ud.Raekke(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 3 == 0 ? null : "x");
            }
        });

        var fil = Parquetfil.Laes(_mappe.Fil("t.parquet"));

        fil.Raekkegrupper.Should().Be(grupper);
        fil["linje"].Vaerdier.Should().Equal(Enumerable.Range(0, antal).Cast<object?>());
        fil["aarsag"].Vaerdier.Where((_, i) => i % 3 == 0).Should().OnlyContain(v => v == null);
    }

    [Fact]
    public void SkrivFil_ToGange_ByteIdentisk()
    {
        Action<CsvUdskriver> skriv = ud =>
        {
            ud.Raekke("kommune", "navn", "forloeb_start", "fm2");
            for (int i = 0; i < 1000; i++)
            {
                ud.Raekke("101", "p" + (i % 17).ToString(System.Globalization.CultureInfo.InvariantCulture), "2021-01-01", i % 5 == 0 ? null : "12.34");
            }
        };
        Skriv("a.csv", skriv);
        Thread.Sleep(1100);
        Skriv("b.csv", skriv);

        File.ReadAllBytes(_mappe.Fil("b.parquet")).Should().Equal(File.ReadAllBytes(_mappe.Fil("a.parquet")));
    }

    [Fact]
    public void SkrivFil_KolonneUdenType_FejlerOgEfterladerIntet()
    {
        var handling = () => Skriv("t.csv", ud => ud.Raekke("kommune", "ny_kolonne"));

        handling.Should().Throw<InvalidOperationException>().WithMessage("Kolonnen 'ny_kolonne' i t.parquet har ingen type i Kolonnetyper; tilføj den dér.");
        Directory.GetFiles(_mappe.Sti, "t.*").Should().BeEmpty();
        Directory.GetFiles(_mappe.Sti, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void SkrivFil_VaerdiDerIkkePasser_FejlNaevnerRaekken()
    {
        var handling = () => Skriv("afviste.csv", ud =>
        {
            ud.Raekke("fil", "linje");
            ud.Raekke("ydelser.csv", "2");
            ud.Raekke("ydelser.csv", "3000000000");
        });

        handling.Should().Throw<InputFejlException>().WithMessage(
            "Værdien '3000000000' i kolonnen 'linje' i afviste.parquet, række 2, kan ikke skrives som et heltal (INT32); skriv tabellen som CSV med --format csv.");
        Directory.GetFiles(_mappe.Sti, "afviste.*").Should().BeEmpty();
    }

    private void Skriv(string navn, Action<CsvUdskriver> skriv) => CsvUdskriver.SkrivFil(_mappe.Fil(navn), s_parquet, skriv);
}
