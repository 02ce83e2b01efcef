using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary><c>--pseudonymiser NØGLEFIL</c> on the demo set: no raw person_id in any output, stable pseudonyms, <c>forklar</c> by pseudonym.</summary>
public partial class PseudonymisererTests
{
    private static readonly byte[] s_noegle = Encoding.ASCII.GetBytes("en hemmelig nøgle til testen");

    [Fact]
    public void Opgoerelse_MedNoeglefil_IngenRaaIdIResultaterneOgStabilePseudonymer()
    {
        string noegle = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllBytes(noegle, s_noegle);
        string raa = Repo.NyMappe();
        string ud = Repo.NyMappe();
        string igen = Repo.NyMappe();
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", raa).Kode.Should().Be(0);

        var k = Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", ud, "--pseudonymiser", noegle);
        Koersel.Start("opgoerelse", "--data", Repo.Demo, "--aar", "2023", "--ud", igen, "--pseudonymiser", noegle).Kode.Should().Be(0);

        k.Kode.Should().Be(0, k.Fejl);
        var forventet = File.ReadAllLines(Path.Combine(raa, "passivsager.csv")).Skip(1).Select(l => l.Split(',')[1]).Select(Hmac).ToList();
        forventet.Should().NotBeEmpty();
        File.ReadAllLines(Path.Combine(ud, "passivsager.csv")).Skip(1).Select(l => l.Split(',')[1]).Should().Equal(forventet);
        foreach (string fil in Directory.GetFiles(ud))
        {
            RaaId().IsMatch(File.ReadAllText(fil)).Should().BeFalse($"{Path.GetFileName(fil)} må ikke indeholde rå person_id");
            File.ReadAllBytes(fil).Should().Equal(File.ReadAllBytes(Path.Combine(igen, Path.GetFileName(fil))));
        }

        RaaId().IsMatch(k.Ud + k.Fejl).Should().BeFalse();
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"pseudonymiseret\": true");
    }

    [Fact]
    public void Forklar_PseudonymMedNoeglefil_SammeForklaringSomRaaId()
    {
        string noegle = Path.Combine(Repo.NyMappe(), "noegle.bin");
        File.WriteAllBytes(noegle, s_noegle);
        string pseudonym = new Pseudonymiserer(s_noegle).Pseudonym("P0000001");

        var raa = Koersel.Start("forklar", "--data", Repo.Demo, "--person", "P0000001", "--maaned", "2023-06");
        var pseudo = Koersel.Start("forklar", "--data", Repo.Demo, "--person", pseudonym, "--maaned", "2023-06", "--pseudonymiser", noegle);

        pseudo.Kode.Should().Be(0, pseudo.Fejl);
        pseudo.Ud.Should().Be(raa.Ud);
        Koersel.Start("forklar", "--data", Repo.Demo, "--person", pseudonym, "--maaned", "2023-06").Kode.Should().Be(2);
    }

    [Fact]
    public void Pseudonym_KendtNoegle_HmacSha256ForkortetTil16Hex() =>
        new Pseudonymiserer(s_noegle).Pseudonym("P0000001").Should().MatchRegex("^p_[0-9a-f]{16}$").And.Be(Hmac("P0000001"));

    private static string Hmac(string id) => "p_" + Convert.ToHexStringLower(HMACSHA256.HashData(s_noegle, Encoding.UTF8.GetBytes(id)))[..16];

    [GeneratedRegex("P[0-9]{7}")]
    private static partial Regex RaaId();
}
