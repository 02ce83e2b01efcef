using System.Globalization;
using System.Text;
using SkaerpetTilsyn.IO.Parquet;

namespace SkaerpetTilsyn.IO.Tests.Parquet;

/// <summary>SPEC §13.1: the text each typed Parquet value becomes — the text that is validated, de-duplicated and echoed as a CSV field would be.</summary>
public class ParquettekstTests
{
    public static TheoryData<string, string> Decimaler => new()
    {
        { "0", "0" },
        { "0.00", "0" },
        { "-0.00", "0" },
        { "5", "5" },
        { "100", "100" },
        { "100.00", "100" },
        { "1.10", "1.1" },
        { "-16.40", "-16.4" },
        { "12.3456", "12.3456" },
        { "7.5000", "7.5" },
        { "0.0001", "0.0001" },
        { "-0.0100", "-0.01" },
        { "79228162514264337593543950335", "79228162514264337593543950335" },
    };

    public static TheoryData<double, string> Doubles => new()
    {
        { 0.0, "0" },
        { -0.0, "-0" },
        { 0.1, "0.1" },
        { 7.5, "7.5" },
        { -3.0, "-3" },
        { 123.456, "123.456" },
        { 1e15, "1000000000000000" },
        { 1e21, "1000000000000000000000" },
        { 1.5e22, "15000000000000000000000" },
        { 1.2345e21, "1234500000000000000000" },
        { 1e-7, "0.0000001" },
        { -2.5e-5, "-0.000025" },
        { 0.1 + 0.2, "0.30000000000000004" },
    };

    public static TheoryData<float, string> Floats => new()
    {
        { 0f, "0" },
        { 0.1f, "0.1" },
        { 16.4f, "16.4" },
        { -7.25f, "-7.25" },
        { 1e21f, "1000000000000000000000" },
        { 1e-7f, "0.0000001" },
    };

    public static TheoryData<string, bool, string> Tidspunkter => new()
    {
        { "2021-06-17T00:00:00", true, "2021-06-17" },
        { "2024-02-29T00:00:00", true, "2024-02-29" },
        { "2021-06-17T00:00:01", false, "2021-06-17T00:00:01" },
        { "2021-06-17T00:00:00.001", false, "2021-06-17T00:00:00.001" },
        { "2021-06-17T23:59:59.9999999", false, "2021-06-17T23:59:59.9999999" },
        { "2021-06-17T12:00:00", false, "2021-06-17T12:00:00" },
    };

    public static TheoryData<long, string> Heltal => new()
    {
        { 0, "0" },
        { 101, "101" },
        { -5, "-5" },
        { 2023, "2023" },
        { long.MaxValue, "9223372036854775807" },
        { long.MinValue, "-9223372036854775808" },
    };

    [Theory]
    [MemberData(nameof(Decimaler))]
    public void Decimal_UdenEfternullerOgPunktum(string vaerdi, string tekst) =>
        Skrevet(ud => Parquettekst.Decimal(decimal.Parse(vaerdi, CultureInfo.InvariantCulture), ud)).Should().Be(tekst);

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_KortesteTekstUdenEksponent(double vaerdi, string tekst) =>
        Skrevet(ud => Parquettekst.Flydende(vaerdi, ud)).Should().Be(tekst);

    [Theory]
    [MemberData(nameof(Floats))]
    public void Float_EgenKortesteTekstUdenEksponent(float vaerdi, string tekst) =>
        Skrevet(ud => Parquettekst.Flydende(vaerdi, ud)).Should().Be(tekst);

    [Fact]
    public void Double_YderpunkterneFylderHoejstMaksBytes()
    {
        string stoerst = Skrevet(ud => Parquettekst.Flydende(double.MaxValue, ud));
        string mindst = Skrevet(ud => Parquettekst.Flydende(-double.Epsilon, ud));
        string mindsteNormale = Skrevet(ud => Parquettekst.Flydende(-2.2250738585072014E-308, ud));

        stoerst.Should().Be("17976931348623157" + new string('0', 292));
        mindst.Should().Be("-0." + new string('0', 323) + "5");
        mindsteNormale.Should().Be("-0." + new string('0', 307) + "22250738585072014");
        new[] { stoerst, mindst, mindsteNormale }.Max(t => t.Length).Should().BeLessThanOrEqualTo(Parquettekst.MaksBytes);
        double.Parse(mindsteNormale, CultureInfo.InvariantCulture).Should().Be(-2.2250738585072014E-308);
    }

    [Theory]
    [MemberData(nameof(Tidspunkter))]
    public void Tidspunkt_KunKl0000ErEnDato(string vaerdi, bool dato, string tekst)
    {
        bool midnat = false;
        string skrevet = Skrevet(ud =>
        {
            midnat = Parquettekst.Tidspunkt(DateTime.Parse(vaerdi, CultureInfo.InvariantCulture), ud, out int n);
            return n;
        });

        midnat.Should().Be(dato);
        skrevet.Should().Be(tekst);
    }

    [Theory]
    [InlineData(2021, 6, 17, "2021-06-17")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    [InlineData(999, 10, 5, "0999-10-05")]
    public void Dato_YyyyMmDd(int aar, int maaned, int dag, string tekst) =>
        Skrevet(ud => Parquettekst.Dato(new DateOnly(aar, maaned, dag), ud)).Should().Be(tekst);

    [Theory]
    [MemberData(nameof(Heltal))]
    public void Heltal_IDecimal(long vaerdi, string tekst) =>
        Skrevet(ud => Parquettekst.Heltal(vaerdi, ud)).Should().Be(tekst);

    [Fact]
    public void Heltal_UsigneretStoerst() =>
        Skrevet(ud => Parquettekst.Heltal(ulong.MaxValue, ud)).Should().Be("18446744073709551615");

    private static string Skrevet(Func<byte[], int> skriv)
    {
        var ud = new byte[Parquettekst.MaksBytes];
        return Encoding.ASCII.GetString(ud, 0, skriv(ud));
    }
}
