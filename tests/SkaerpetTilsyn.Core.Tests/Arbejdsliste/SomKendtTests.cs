using SkaerpetTilsyn.Core.Arbejdsliste;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tests.TestData;
using static SkaerpetTilsyn.Core.Tests.TestData.PersonBygger;

namespace SkaerpetTilsyn.Core.Tests.Arbejdsliste;

public sealed class SomKendtTests
{
    // C = 2024-03-31; the horizon ends 2024-06-30.
    private static readonly SomKendt s_somKendt = new(D("2024-03-31"), D("2024-06-30"));

    // SPEC §12: ydelser with fra > C, samtaler with dato > C, tilbud and fritagelser with fra > C, timer with til > C are left out.
    public static TheoryData<string, string, string?, bool> Snit => new()
    {
        { "ydelser", "2024-03-31", "2024-04-30", true },
        { "ydelser", "2024-04-01", "", false },
        { "samtaler", "2024-03-31", null, true },
        { "samtaler", "2024-04-01", null, false },
        { "tilbud", "2024-03-31", "2024-05-31", true },
        { "tilbud", "2023-11-01", "", true },
        { "tilbud", "2024-04-01", "2024-04-30", false },
        { "fritagelser", "2024-03-31", "2024-08-31", true },
        { "fritagelser", "2024-04-01", "2024-04-30", false },
        { "timer", "2024-03-01", "2024-03-31", true },
        { "timer", "2024-03-01", "2024-04-01", false },
        { "timer", "2024-02-01", "", false },
    };

    [Theory]
    [MemberData(nameof(Snit))]
    public void Afgraens_RaekkeEfterC_UdeladesAndreBeholdesUaendret(string fil, string fra, string? til, bool beholdt)
    {
        var b = new PersonBygger();
        b = fil switch
        {
            "ydelser" => b.Ydelse(fra, til, Ydelse.Kontanthjaelp),
            "samtaler" => b.Samtale(fra),
            "tilbud" => b.Tilbud(fra, til),
            "fritagelser" => b.Fritagelse(fra, til, FritagelseAarsag.Andet),
            "timer" => b.Timer(fra, til, 37.5m),
            _ => throw new ArgumentOutOfRangeException(nameof(fil), fil, null),
        };
        var person = b.Byg();

        var kendt = s_somKendt.Afgraens(person);

        int antal = kendt.Ydelser.Count + kendt.Samtaler.Count + kendt.Tilbud.Count + kendt.Fritagelser.Count + kendt.Timer.Count;
        antal.Should().Be(beholdt ? 1 : 0);
        kendt.PersonId.Should().Be("p1");
        if (beholdt && fil != "ydelser")
        {
            // Everything but the row that continues is as registered, a tilbud that started before C and runs on included.
            kendt.Samtaler.Should().Equal(person.Samtaler);
            kendt.Tilbud.Should().Equal(person.Tilbud);
            kendt.Fritagelser.Should().Equal(person.Fritagelser);
            kendt.Timer.Should().Equal(person.Timer);
        }
    }

    // SPEC §12: the ydelser row giving the day status on C (§3.1, ties of §8.3) gets til = the horizon's last day when its til is earlier;
    // an open til stays open; a person without day status on C has no row that continues. Rows "fra..til ydelse kommune"; the tils expected.
    public static TheoryData<string, string[], string[]> Fortsaetter => new()
    {
        { "slutter på C", ["2023-01-01..2024-03-31 kontanthjaelp 101"], ["2024-06-30"] },
        { "slutter i horisonten", ["2023-01-01..2024-05-15 kontanthjaelp 101"], ["2024-06-30"] },
        { "slutter på horisontens sidste dag", ["2023-01-01..2024-06-30 kontanthjaelp 101"], ["2024-06-30"] },
        { "slutter efter horisonten", ["2023-01-01..2024-12-31 kontanthjaelp 101"], ["2024-12-31"] },
        { "åben til", ["2023-01-01.. kontanthjaelp 101"], [""] },
        { "sluttede dagen før C", ["2023-01-01..2024-03-30 kontanthjaelp 101"], ["2024-03-30"] },
        { "senest fra vinder", ["2023-01-01..2024-04-30 kontanthjaelp 101", "2024-01-01..2024-03-31 sho 101"], ["2024-04-30", "2024-06-30"] },
        { "samme fra, senest til vinder", ["2024-01-01..2024-03-31 kontanthjaelp 101", "2024-01-01..2024-04-30 sho 101"], ["2024-03-31", "2024-06-30"] },
        { "samme fra, åben til vinder", ["2024-01-01.. kontanthjaelp 101", "2024-01-01..2024-04-30 sho 101"], ["", "2024-04-30"] },
        { "samme fra og til, kodelisten", ["2024-01-01..2024-03-31 kontanthjaelp 101", "2024-01-01..2024-03-31 sho 101"], ["2024-03-31", "2024-06-30"] },
        { "samme fra, til og ydelse, laveste kommune", ["2024-01-01..2024-03-31 sho 147", "2024-01-01..2024-03-31 sho 101"], ["2024-03-31", "2024-06-30"] },
        { "række efter C falder væk", ["2023-01-01..2024-03-31 kontanthjaelp 101", "2024-04-01.. sho 101"], ["2024-06-30"] },
        { "ingen dagsstatus på C", ["2023-01-01..2024-02-29 kontanthjaelp 101", "2024-04-01.. sho 101"], ["2024-02-29"] },
    };

    [Theory]
    [MemberData(nameof(Fortsaetter))]
    public void Afgraens_RaekkenMedDagsstatusPaaC_FortsaetterTilHorisontensSlut(string tilfaelde, string[] raekker, string[] tilForventet)
    {
        var b = new PersonBygger();
        foreach (var r in raekker)
        {
            string[] dele = r.Split(' ');
            string[] datoer = dele[0].Split("..");
            Koder.TryParse(dele[1], out Ydelse ydelse).Should().BeTrue();
            b = b.Ydelse(datoer[0], datoer[1], ydelse, int.Parse(dele[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        var kendt = s_somKendt.Afgraens(b.Byg());

        kendt.Ydelser.Select(y => y.Til).Should().Equal(tilForventet.Select(Til), tilfaelde);
    }

    [Fact]
    public void Afgraens_NaestePerson_GenbrugerBufferenUdenResterFraDenForrige()
    {
        var foerste = new PersonBygger("a").Ydelse("2023-01-01", null, Ydelse.Kontanthjaelp).Samtale("2024-01-10").Tilbud("2024-02-01", "2024-02-28").Byg();
        var anden = new PersonBygger("b").Ydelse("2023-06-01", "2024-01-31", Ydelse.Sho).Byg();

        var a = s_somKendt.Afgraens(foerste);
        var b = s_somKendt.Afgraens(anden);

        b.Should().BeSameAs(a);
        b.PersonId.Should().Be("b");
        b.Ydelser.Should().Equal(anden.Ydelser);
        b.Samtaler.Should().BeEmpty();
        b.Tilbud.Should().BeEmpty();
    }

    [Fact]
    public void Ny_HorisontFoerC_Afvises()
    {
        var ny = () => new SomKendt(D("2024-03-31"), D("2024-03-30"));

        ny.Should().Throw<ArgumentException>();
    }
}
