using System.Text;

namespace SkaerpetTilsyn.Cli.Tests;

public class ExcelTests
{
    private static readonly string s_data = Smaadata.Skriv();

    [Fact]
    public void Opgoerelse_Excel_SemikolonDecimalkommaOgBom()
    {
        string ud = Repo.NyMappe();
        var k = Koersel.Start("opgoerelse", "--data", s_data, "--aar", "2023", "--ud", ud, "--excel");

        k.Kode.Should().Be(0, k.Fejl);
        byte[] bytes = File.ReadAllBytes(Path.Combine(ud, "afgoerelser.csv"));
        bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        string[] linjer = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n');
        linjer[0].Should().StartWith("kommune;navn;faktisk;forventet;");
        linjer[1].Should().StartWith("101;København;17,2;16,1;nej;");
        File.ReadAllText(Path.Combine(ud, "fokusmaal_maaned.csv")).Should().Contain(";100,00;");
        File.ReadAllBytes(Path.Combine(ud, "status.csv")).Take(6).Should().Equal("kommun"u8.ToArray(), "status.csv feeds next year's run");
    }

    [Fact]
    public void Opgoerelse_UdenExcel_KommaPunktumUdenBom()
    {
        string ud = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", s_data, "--aar", "2023", "--ud", ud).Kode.Should().Be(0);

        string afgoerelser = File.ReadAllText(Path.Combine(ud, "afgoerelser.csv"));
        afgoerelser.Should().StartWith("kommune,navn,faktisk,forventet,").And.Contain("\n101,København,17.2,16.1,nej,");
        File.ReadAllBytes(Path.Combine(ud, "afgoerelser.csv")).Take(1).Should().Equal((byte)'k');
    }
}
