using System.Text;
using System.Text.RegularExpressions;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary><c>--pseudonymiser NØGLEFIL</c> on the demo set: no raw person_id in any output, stable pseudonyms, <c>forklar</c> by pseudonym.</summary>
public partial class PseudonymisererTests
{
    private static readonly byte[] s_noegle = Encoding.ASCII.GetBytes("en hemmelig noegle til testen");

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
        var pseudonymer = new Pseudonymiserer(s_noegle);
        var forventet = File.ReadAllLines(Path.Combine(raa, "passivsager.csv")).Skip(1).Select(l => pseudonymer.Pseudonym(l.Split(',')[1])).ToList();
        forventet.Should().NotBeEmpty();
        File.ReadAllLines(Path.Combine(ud, "passivsager.csv")).Skip(1).Select(l => l.Split(',')[1]).Should().Equal(forventet);
        foreach (string fil in Directory.GetFiles(ud))
        {
            RaaId().IsMatch(File.ReadAllText(fil)).Should().BeFalse($"{Path.GetFileName(fil)} må ikke indeholde rå person_id");
            File.ReadAllBytes(fil).Should().Equal(File.ReadAllBytes(Path.Combine(igen, Path.GetFileName(fil))));
        }

        RaaId().IsMatch(k.Ud + k.Fejl).Should().BeFalse();
        File.ReadAllText(Path.Combine(ud, "koersel.json")).Should().Contain("\"pseudonymiseret\": true,\n  \"noegle_id\": \"ce156bbe9e196e82\",")
            .And.NotContain("en hemmelig");
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

    // Computed outside .NET: printf '<id>' | openssl dgst -sha256 -hmac 'en hemmelig noegle til testen', first 16 hex digits.
    [Theory]
    [InlineData("P0000001", "p_337f53b282cfc638")]
    [InlineData("A", "p_472d1cfc20dcb74d")]
    [InlineData("", "p_5ac94872a387dddd")]
    [InlineData("Ærø-1", "p_f4dce385414b950a")]
    public void Pseudonym_KendtNoegle_HmacSha256AfUtf8ForkortetTil16Hex(string id, string forventet) =>
        new Pseudonymiserer(s_noegle).Pseudonym(id).Should().Be(forventet);

    // printf 'en hemmelig noegle til testen' | sha256sum, first 16 hex digits.
    [Fact]
    public void NoegleId_KendtNoegle_Sha256AfNoeglensByteForkortetTil16Hex() =>
        new Pseudonymiserer(s_noegle).NoegleId.Should().Be("ce156bbe9e196e82");

    public static TheoryData<string, string, bool> Soegninger => new()
    {
        { "P0000001", "P0000001", true },
        { "P0000001", "P0000002", false },
        { "p_337f53b282cfc638", "P0000001", true },
        { "p_337f53b282cfc638", "P0000002", false },
        { "p_337f53b282cfc638", "p_337f53b282cfc638", true },
    };

    [Theory]
    [MemberData(nameof(Soegninger))]
    public void Soeger_IdEllerPseudonym_FinderPersonen(string soegt, string personId, bool fundet)
    {
        Pseudonymiserer.Soeger(soegt, new Pseudonymiserer(s_noegle))(personId).Should().Be(fundet);
        Pseudonymiserer.Soeger(soegt, null)(personId).Should().Be(soegt == personId, "without a key only the raw id matches");
    }

    [GeneratedRegex("P[0-9]{7}")]
    private static partial Regex RaaId();
}
