using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tests.TestData;
using static SkaerpetTilsyn.Core.Kodelister.FritagelseAarsag;
using static SkaerpetTilsyn.Core.Kodelister.Ydelse;

namespace SkaerpetTilsyn.Core.Tests.Maaling;

public sealed class MaalerTests
{
    // SPEC §4: per (kommune, month, ydelse) counts; the person counts where they are on b. Expected "maalgruppe/uden/faa" per month Nov, Dec, Jan.
    public static TheoryData<string, PersonBygger, int, Ydelse, string> Taelling => new()
    {
        { "enters the målgruppe at 365 counted days", new PersonBygger().Ydelse("2022-01-01", null, Kontanthjaelp), 101, Kontanthjaelp, "0/0/0 1/1/1 1/1/1" },
        { "moves kommune in December", new PersonBygger().Ydelse("2021-01-01", "2022-12-15", Kontanthjaelp, 101).Ydelse("2022-12-16", null, Kontanthjaelp, 147), 101, Kontanthjaelp, "1/1/1 0/0/0 0/0/0" },
        { "moves kommune in December, new kommune", new PersonBygger().Ydelse("2021-01-01", "2022-12-15", Kontanthjaelp, 101).Ydelse("2022-12-16", null, Kontanthjaelp, 147), 147, Kontanthjaelp, "0/0/0 1/1/1 1/1/1" },
        { "sho -> kontanthjaelp: counted under the month's ydelse", new PersonBygger().Ydelse("2021-01-01", "2022-12-10", Sho).Ydelse("2022-12-11", null, Kontanthjaelp), 101, Sho, "1/1/1 0/0/0 0/0/0" },
        { "barsel on 31 December only", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-12-31", "2022-12-31", Barsel), 101, Kontanthjaelp, "1/1/1 0/0/0 1/1/1" },
        { "with open tilbud and monthly samtaler", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Tilbud("2021-01-01", null).MaanedligeSamtaler("2021-01", "2023-01"), 101, Kontanthjaelp, "1/0/0 1/0/0 1/0/0" },
    };

    [Theory]
    [MemberData(nameof(Taelling))]
    public void MaalPerson_Months_Counts(string scenario, PersonBygger person, int kommune, Ydelse ydelse, string forventet)
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(2022, 11), new(2023, 1), null);
        maaler.MaalPerson(person.Byg());
        string faktisk = string.Join(" ", Enumerable.Range(0, 3).Select(i => maaler.Taellere.Hent(kommune, i, ydelse)).Select(t => $"{t.Maalgruppe}/{t.UdenIndsats}/{t.FaaSamtaler}"));
        faktisk.Should().Be(forventet, scenario);
    }

    [Fact]
    public void MaalPerson_PassivMaaned_CollectsOnlyFailingPersons()
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(2023, 1), new(2023, 12), new(2023, 12));
        maaler.MaalPerson(new PersonBygger("uden").Ydelse("2021-01-01", null, Kontanthjaelp).MaanedligeSamtaler("2021-01", "2023-12").Byg());
        maaler.MaalPerson(new PersonBygger("ok").Ydelse("2021-01-01", null, Kontanthjaelp).Tilbud("2021-01-01", null).MaanedligeSamtaler("2021-01", "2023-12").Byg());
        maaler.MaalPerson(new PersonBygger("ude-i-dec").Ydelse("2021-01-01", "2023-11-30", Kontanthjaelp).Byg());
        maaler.Passivkandidater.Select(k => $"{k.PersonId} {k.Maaling.Maaned}").Should().Equal("uden 2023-12");
        maaler.Taellere.HentAlle(101, 0).Maalgruppe.Should().Be(3);
        maaler.Taellere.HentAlle(101, 11).Maalgruppe.Should().Be(2);
    }

    [Fact]
    public void MaalPerson_RowsAfterRange_MonthCountsUnchanged()
    {
        // SPEC §3.5: extending the data (and the horizon) past a month never changes that month's counts.
        PersonBygger[] foer =
        [
            new PersonBygger("a").Ydelse("2022-01-01", null, Kontanthjaelp).Samtale("2023-03-22").Samtale("2023-04-01"),
            new PersonBygger("b").Ydelse("2021-06-01", "2023-05-20", Sho, 101).Timer("2023-01-01", "2023-01-31", 99m),
            new PersonBygger("c").Ydelse("2022-03-01", null, Dagpenge, 147),
        ];
        PersonBygger[] efter =
        [
            new PersonBygger("a").Ydelse("2022-01-01", null, Kontanthjaelp).Samtale("2023-03-22").Samtale("2023-04-01").Ydelse("2023-07-01", null, Dagpenge).Fritagelse("2023-07-01", null, Andet),
            new PersonBygger("b").Ydelse("2021-06-01", "2023-05-20", Sho, 101).Timer("2023-01-01", "2023-01-31", 99m).Ydelse("2023-07-10", null, Kontanthjaelp, 147).Timer("2023-06-01", "2023-07-31", 10m),
            new PersonBygger("c").Ydelse("2022-03-01", null, Dagpenge, 147).Fritagelse("2023-07-01", "2023-07-01", Barsel).Tilbud("2023-07-01", null),
        ];
        var kort = new Maaler(Regelsaet.Bek301_2023, new(2023, 1), new(2023, 6), null);
        var lang = new Maaler(Regelsaet.Bek301_2023, new(2023, 1), new(2024, 6), null);
        foreach (var p in foer)
        {
            kort.MaalPerson(p.Byg());
        }

        foreach (var p in efter)
        {
            lang.MaalPerson(p.Byg());
        }

        for (int i = 0; i < 6; i++)
        {
            foreach (int k in new[] { 101, 147 })
            {
                foreach (var y in Koder.AlleYdelser)
                {
                    lang.Taellere.Hent(k, i, y).Should().Be(kort.Taellere.Hent(k, i, y), $"{k} {new YearMonth(2023, i + 1)} {y}");
                }
            }
        }

        kort.Taellere.HentAlle(101, 4).Maalgruppe.Should().Be(2);
        kort.Taellere.HentAlle(101, 5).Maalgruppe.Should().Be(1);
    }
}
