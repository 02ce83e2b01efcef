using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Sagsgennemgang;

namespace SkaerpetTilsyn.Core.Tests.Sagsgennemgang;

public sealed class StikproeveTests
{
    // SPEC §11.2: counts "ydelse=c …", n, the places per ydelse (ydelser without passivsager left out); worked by hand.
    public static TheoryData<string, string, int, string> Kvoter => new()
    {
        { "n < ydelser: the most passivsager", "dagpenge=2 sygedagpenge=5 sho=5 kontanthjaelp=1", 2, "sygedagpenge=1 sho=1" },
        { "n < ydelser: next by count", "dagpenge=2 sygedagpenge=5 sho=5 kontanthjaelp=1", 3, "dagpenge=1 sygedagpenge=1 sho=1" },
        { "n < ydelser: count ties in code-list order", "dagpenge=3 sho=3 kontanthjaelp=3", 2, "dagpenge=1 sho=1" },
        { "n = 1 of three ydelser", "dagpenge=3 sho=4 kontanthjaelp=3", 1, "sho=1" },
        { "n = ydelser: one each", "dagpenge=3 sho=4 kontanthjaelp=3", 3, "dagpenge=1 sho=1 kontanthjaelp=1" },
        { "default 30 of 100: ⌊27·c/100⌋, then remainder 50 > 40 > 10", "dagpenge=50 sho=20 kontanthjaelp=30", 30, "dagpenge=15 sho=6 kontanthjaelp=9" },
        { "largest remainder beats code-list order (6 > 3 > 1)", "dagpenge=1 sho=7 kontanthjaelp=2", 6, "dagpenge=1 sho=3 kontanthjaelp=2" },
        { "remainder ties in code-list order", "sygedagpenge=5 sho=5 kontanthjaelp=5", 5, "sygedagpenge=2 sho=2 kontanthjaelp=1" },
        { "remainder tie between first and last ydelse", "dagpenge=3 ledighedsydelse=3", 3, "dagpenge=2 ledighedsydelse=1" },
        { "full ydelse with the largest remainder passes its place on", "dagpenge=1 kontanthjaelp=9", 8, "dagpenge=1 kontanthjaelp=7" },
        { "full ydelser skipped, a second round", "dagpenge=1 sho=1 kontanthjaelp=8", 9, "dagpenge=1 sho=1 kontanthjaelp=7" },
        { "round after round to the one ydelse with rows left", "dagpenge=10 sho=1 kontanthjaelp=1 revalidering=1 ledighedsydelse=1", 13, "dagpenge=9 sho=1 kontanthjaelp=1 revalidering=1 ledighedsydelse=1" },
        { "n = T: every row", "dagpenge=10 sho=1 kontanthjaelp=1 revalidering=1 ledighedsydelse=1", 14, "dagpenge=10 sho=1 kontanthjaelp=1 revalidering=1 ledighedsydelse=1" },
        { "n > T: every row", "dagpenge=10 sho=1 kontanthjaelp=1 revalidering=1 ledighedsydelse=1", 30, "dagpenge=10 sho=1 kontanthjaelp=1 revalidering=1 ledighedsydelse=1" },
        { "n = 0", "dagpenge=3", 0, "" },
        { "no passivsager", "", 30, "" },
    };

    [Theory]
    [MemberData(nameof(Kvoter))]
    public void Kvoter_CountsAndSize_PlacesPerYdelse(string scenario, string antal, int n, string forventet)
    {
        var c = new int[Koder.AlleYdelser.Count];
        foreach (string par in antal.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] d = par.Split('=');
            Koder.TryParse(d[0], out Ydelse y).Should().BeTrue();
            c[(int)y] = int.Parse(d[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        var kvoter = Stikproeve.Kvoter(c, n);
        string.Join(" ", Koder.AlleYdelser.Where(y => kvoter[(int)y] > 0).Select(y => $"{Koder.Kode(y)}={kvoter[(int)y]}")).Should().Be(forventet, scenario);
        kvoter.Sum().Should().Be(Math.Min(n, c.Sum()), scenario);
    }

    // Keys computed with `printf 'S:id' | sha256sum`.
    [Theory]
    [InlineData(2023101L, "k6", "4664b4f1f83769742b8cdba352d62040d60474f30e59f1046fc4929a0c184bc4")]
    [InlineData(2023101L, "s1", "c922b34c366a6a85474ed0c1601d4701ab7f99faf4e3abeb6438ad29268dfc71")]
    [InlineData(2023101L, "æ-1", "b4a3192b3f803962377f36758183ed7a05b032708b3f3a0852a6a65312aef924")]
    [InlineData(7L, "k4", "20e0b8a84c1bc62aac7e90d2344b1cabb97ce3e94fb88ba0c22e44a4e36843c1")]
    public void Noegle_SeedAndId_Sha256OfUtf8Text(long seed, string id, string forventet)
    {
        Stikproeve.Noegle(seed, id).Should().Be(forventet);
    }

    // Rows in passivsager.csv order (sho before kontanthjaelp); n = 5 gives sho 2, kontanthjaelp 3. Sorted keys (sha256sum):
    // seed 2023101: k6 4664…, k1 5426…, s2 5507…, k2 6bd0…, k3 6faf…, k4 84a8…, k5 c63d…, s1 c922…, s3 da47…
    // seed 7:       k4 20e0…, k3 327b…, s2 4cd8…, s3 51c3…, k2 9532…, s1 9764…, k5 f42a…, k1 f885…, k6 f8fb…
    [Theory]
    [InlineData(2023101L, 5, "s1 s2 k1 k2 k6")]
    [InlineData(7L, 5, "s2 s3 k2 k3 k4")]
    [InlineData(2023101L, 2, "s2 k6")]
    [InlineData(7L, 1, "k4")]
    [InlineData(7L, 9, "s1 s2 s3 k1 k2 k3 k4 k5 k6")]
    public void Traek_SeedAndSize_FirstKeysPerYdelseInInputOrder(long seed, int n, string forventet)
    {
        string[] ider = ["s1", "s2", "s3", "k1", "k2", "k3", "k4", "k5", "k6"];
        var sager = ider.Select(id => Sag(id, id[0] == 's' ? Ydelse.Sho : Ydelse.Kontanthjaelp)).ToList();
        string.Join(" ", Stikproeve.Traek(sager, n, seed).Select(s => s.PersonId)).Should().Be(forventet);
    }

    [Fact]
    public void Traek_InputOrderShuffled_SameRowsInGivenOrder()
    {
        string[] ider = ["k6", "s3", "k1", "s1", "k5", "k2", "s2", "k4", "k3"];
        var sager = ider.Select(id => Sag(id, id[0] == 's' ? Ydelse.Sho : Ydelse.Kontanthjaelp)).ToList();
        string.Join(" ", Stikproeve.Traek(sager, 5, 2023101L).Select(s => s.PersonId)).Should().Be("k6 k1 s1 k2 s2");
    }

    [Fact]
    public void Traek_TwoKommuner_Throws()
    {
        var handling = () => Stikproeve.Traek([Sag("a", Ydelse.Sho), Sag("b", Ydelse.Sho) with { Kommune = 147 }], 2, 1);
        handling.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(2023, 101, 2023101L)]
    [InlineData(2024, 860, 2024860L)]
    public void StandardSeed_AarAndKommune_AarTimes1000PlusKommune(int aar, int kommune, long forventet)
    {
        Stikproeve.StandardSeed(aar, kommune).Should().Be(forventet);
    }

    private static Passivsag Sag(string id, Ydelse ydelse) =>
        new(101, id, ydelse, new LocalDate(2021, 1, 1), 365, 0, 0m, 0, Mangel.Tilbud);
}
