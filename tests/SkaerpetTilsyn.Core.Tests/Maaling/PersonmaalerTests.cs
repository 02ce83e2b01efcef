using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tests.TestData;
using static SkaerpetTilsyn.Core.Kodelister.FritagelseAarsag;
using static SkaerpetTilsyn.Core.Kodelister.SamtaleForm;
using static SkaerpetTilsyn.Core.Kodelister.SamtaleType;
using static SkaerpetTilsyn.Core.Kodelister.TilbudType;
using static SkaerpetTilsyn.Core.Kodelister.Ydelse;

namespace SkaerpetTilsyn.Core.Tests.Maaling;

public sealed class PersonmaalerTests
{
    private const string Bek301 = "bek-301-2023";
    private const string Bek2019 = "bek-2019";

    // SPEC §3.2, §3.4, §4: benefit in the month, D not dead, ≥ 365 counted days (dead days stretch), fritaget < 50 %.
    public static TheoryData<string, PersonBygger, string, Maalestatus> Maalgruppe => new()
    {
        { "365 counted days", new PersonBygger().Ydelse("2022-01-01", null, Kontanthjaelp), "2022-12", Maalestatus.IMaalgruppe },
        { "364 counted days", new PersonBygger().Ydelse("2022-01-02", null, Kontanthjaelp), "2022-12", Maalestatus.ForKortForloeb },
        { "365 days incl. 1 barsel day = 364 counted", new PersonBygger().Ydelse("2022-01-01", null, Kontanthjaelp).Fritagelse("2022-03-01", "2022-03-01", Barsel), "2022-12", Maalestatus.ForKortForloeb },
        { "366 days incl. 1 barsel day = 365 counted", new PersonBygger().Ydelse("2021-12-31", null, Kontanthjaelp).Fritagelse("2022-03-01", "2022-03-01", Barsel), "2022-12", Maalestatus.IMaalgruppe },
        { "365 days incl. 1 standby day = 364 counted", new PersonBygger().Ydelse("2022-01-01", null, Kontanthjaelp).Fritagelse("2022-03-01", "2022-03-01", Standby), "2022-12", Maalestatus.ForKortForloeb },
        { "andet is not dead: 365 counted", new PersonBygger().Ydelse("2022-01-01", null, Kontanthjaelp).Fritagelse("2022-03-01", "2022-03-01", Andet), "2022-12", Maalestatus.IMaalgruppe },
        { "barsel on D (last day of month)", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-12-31", "2022-12-31", Barsel), "2022-12", Maalestatus.DoedDag },
        { "barsel the day before D", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-12-30", "2022-12-30", Barsel), "2022-12", Maalestatus.IMaalgruppe },
        { "open barsel covering D", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-12-01", null, Barsel), "2022-12", Maalestatus.DoedDag },
        { "standby on D", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-12-31", "2022-12-31", Standby), "2022-12", Maalestatus.DoedDag },
        { "andet on D is not dead", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-12-31", "2022-12-31", Andet), "2022-12", Maalestatus.IMaalgruppe },
        { "benefit ends the month before", new PersonBygger().Ydelse("2021-01-01", "2022-11-30", Kontanthjaelp), "2022-12", Maalestatus.IngenYdelse },
        { "one benefit day (the 1st) in the month", new PersonBygger().Ydelse("2021-01-01", "2022-12-01", Kontanthjaelp), "2022-12", Maalestatus.IMaalgruppe },
        { "benefit starts after the month", new PersonBygger().Ydelse("2023-01-01", null, Kontanthjaelp), "2022-12", Maalestatus.IngenYdelse },
        { "andet 183 of 366 counted days = exactly 50 %", new PersonBygger().Ydelse("2021-12-31", null, Kontanthjaelp).Fritagelse("2022-01-01", "2022-07-02", Andet), "2022-12", Maalestatus.Fritaget },
        { "andet 182 of 366 counted days", new PersonBygger().Ydelse("2021-12-31", null, Kontanthjaelp).Fritagelse("2022-01-01", "2022-07-01", Andet), "2022-12", Maalestatus.IMaalgruppe },
        { "2 barsel days inside andet: 181 of 366", new PersonBygger().Ydelse("2021-12-29", null, Kontanthjaelp).Fritagelse("2022-01-01", "2022-01-02", Barsel).Fritagelse("2022-01-01", "2022-07-02", Andet), "2022-12", Maalestatus.IMaalgruppe },
        { "2 barsel days outside andet: 183 of 366", new PersonBygger().Ydelse("2021-12-29", null, Kontanthjaelp).Fritagelse("2022-08-01", "2022-08-02", Barsel).Fritagelse("2022-01-01", "2022-07-02", Andet), "2022-12", Maalestatus.Fritaget },
        { "andet from before the forløb: 183 days inside it", new PersonBygger().Ydelse("2021-12-31", null, Kontanthjaelp).Fritagelse("2021-06-01", "2022-07-01", Andet), "2022-12", Maalestatus.Fritaget },
        { "andet from before the forløb: 182 days inside it", new PersonBygger().Ydelse("2021-12-31", null, Kontanthjaelp).Fritagelse("2021-06-01", "2022-06-30", Andet), "2022-12", Maalestatus.IMaalgruppe },
    };

    // SPEC §4: b (the month's last benefit day) decides ydelse and kommune; counted days and W (span stretched over dead days).
    public static TheoryData<string, PersonBygger, string> Placering => new()
    {
        { "kommune change: counts in the new kommune, same forløb", new PersonBygger().Ydelse("2021-01-01", "2022-06-30", Kontanthjaelp, 101).Ydelse("2022-07-01", null, Kontanthjaelp, 147), "kontanthjaelp 147 2021-01-01 730 2022-01-01" },
        { "b = 20 Dec decides kommune", new PersonBygger().Ydelse("2021-01-01", "2022-12-15", Kontanthjaelp, 101).Ydelse("2022-12-16", "2022-12-20", Kontanthjaelp, 147), "kontanthjaelp 147 2021-01-01 730 2022-01-01" },
        { "b decides ydelse after sho -> kontanthjaelp", new PersonBygger().Ydelse("2021-01-01", "2022-12-10", Sho).Ydelse("2022-12-11", "2022-12-20", Kontanthjaelp), "kontanthjaelp 101 2021-01-01 730 2022-01-01" },
        { "one day on D decides both", new PersonBygger().Ydelse("2021-01-01", "2022-12-30", Sho, 101).Ydelse("2022-12-31", "2022-12-31", Kontanthjaelp, 147), "kontanthjaelp 147 2021-01-01 730 2022-01-01" },
        { "one benefit day in month: gap days to D count", new PersonBygger().Ydelse("2021-01-01", "2022-12-01", Kontanthjaelp), "kontanthjaelp 101 2021-01-01 730 2022-01-01" },
        { "10 barsel days push W back 10 days", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-06-01", "2022-06-10", Barsel), "kontanthjaelp 101 2021-01-01 720 2021-12-22" },
        { "10 andet days do not move W", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Fritagelse("2022-06-01", "2022-06-10", Andet), "kontanthjaelp 101 2021-01-01 730 2022-01-01" },
    };

    // SPEC §4 fokusmål 1: no qualifying tilbud overlapping [W, D] and < min_timer hours with til in [W, D]; § 91 from 2023-03-22.
    public static TheoryData<string, PersonBygger, string, string, bool> UdenIndsats => new()
    {
        { "nothing", Kontant2022(), "2023-12", Bek301, true },
        { "tilbud overlapping W by one day", Kontant2022().Tilbud("2022-06-01", "2023-01-01"), "2023-12", Bek301, false },
        { "tilbud ending the day before W", Kontant2022().Tilbud("2022-06-01", "2022-12-31"), "2023-12", Bek301, true },
        { "tilbud starting on D", Kontant2022().Tilbud("2023-12-31", "2024-03-31"), "2023-12", Bek301, false },
        { "tilbud starting after D", Kontant2022().Tilbud("2024-01-01", null), "2023-12", Bek301, true },
        { "open tilbud from before the forløb", Kontant2022().Tilbud("2021-01-01", null), "2023-12", Bek301, false },
        { "99.5 hours", Kontant2022().Timer("2023-05-01", "2023-05-31", 99.5m), "2023-12", Bek301, true },
        { "exactly 100 hours", Kontant2022().Timer("2023-05-01", "2023-05-31", 100m), "2023-12", Bek301, false },
        { "60 + 40 hours", Kontant2022().Timer("2023-05-01", "2023-05-31", 60m).Timer("2023-06-01", "2023-06-30", 40m), "2023-12", Bek301, false },
        { "150 hours, til the day before W", Kontant2022().Timer("2022-12-01", "2022-12-31", 150m), "2023-12", Bek301, true },
        { "150 hours, til on W", Kontant2022().Timer("2022-12-15", "2023-01-01", 150m), "2023-12", Bek301, false },
        { "150 hours, til after D", Kontant2022().Timer("2023-12-01", "2024-01-31", 150m), "2023-12", Bek301, true },
        { "500 hours, open til never counts", Kontant2022().Timer("2023-05-01", null, 500m), "2023-12", Bek301, true },
        { "bek-2019: 100 hours", Kontant2022().Timer("2023-05-01", "2023-05-31", 100m), "2023-12", Bek2019, true },
        { "bek-2019: 224.5 hours", Kontant2022().Timer("2023-05-01", "2023-05-31", 224.5m), "2023-12", Bek2019, true },
        { "bek-2019: exactly 225 hours", Kontant2022().Timer("2023-05-01", "2023-05-31", 225m), "2023-12", Bek2019, false },
        { "§ 91 from 2023-03-21, kontanthjaelp", Kontant2022().Tilbud("2023-03-21", "2023-04-30", OevrigVejledning), "2023-12", Bek301, false },
        { "§ 91 from 2023-03-22, kontanthjaelp", Kontant2022().Tilbud("2023-03-22", "2023-04-30", OevrigVejledning), "2023-12", Bek301, true },
        { "§ 91 from 2023-03-22, uddannelseshjaelp", new PersonBygger().Ydelse("2022-01-01", null, Uddannelseshjaelp).Tilbud("2023-03-22", "2023-04-30", OevrigVejledning), "2023-12", Bek301, false },
        { "§ 91 from 2023-03-22, sho", new PersonBygger().Ydelse("2022-01-01", null, Sho).Tilbud("2023-03-22", "2023-04-30", OevrigVejledning), "2023-12", Bek301, false },
        { "vejledning (not § 91) from 2023-03-22, kontanthjaelp", Kontant2022().Tilbud("2023-03-22", "2023-04-30", Vejledning), "2023-12", Bek301, false },
        { "bek-2019: § 91 from 2023-06-01, kontanthjaelp", Kontant2022().Tilbud("2023-06-01", "2023-06-30", OevrigVejledning), "2023-12", Bek2019, false },
        { "§ 91 on a sho day, measured as kontanthjaelp", new PersonBygger().Ydelse("2022-01-01", "2023-06-30", Sho).Ydelse("2023-07-01", null, Kontanthjaelp).Tilbud("2023-04-01", "2023-04-30", OevrigVejledning), "2023-12", Bek301, false },
        { "§ 91 on a kontanthjaelp day after sho", new PersonBygger().Ydelse("2022-01-01", "2023-03-31", Sho).Ydelse("2023-04-01", null, Kontanthjaelp).Tilbud("2023-04-01", "2023-04-30", OevrigVejledning), "2023-12", Bek301, true },
        { "§ 91 in a benefit gap: month's ydelse kontanthjaelp", new PersonBygger().Ydelse("2022-01-01", "2023-03-31", Sho).Ydelse("2023-04-16", null, Kontanthjaelp).Tilbud("2023-04-05", "2023-04-30", OevrigVejledning), "2023-12", Bek301, true },
        { "§ 91 in a benefit gap: month's ydelse sho", new PersonBygger().Ydelse("2022-01-01", "2023-03-31", Sho).Ydelse("2023-04-16", null, Sho).Tilbud("2023-04-05", "2023-04-30", OevrigVejledning), "2023-12", Bek301, false },
        { "tilbud ending the day before plain W", Kontant2021().Tilbud("2021-12-20", "2021-12-31"), "2022-12", Bek301, true },
        { "same tilbud, 10 barsel days push W to 2021-12-22", Kontant2021().Tilbud("2021-12-20", "2021-12-31").Fritagelse("2022-06-01", "2022-06-10", Barsel), "2022-12", Bek301, false },
        { "same tilbud, 10 andet days do not move W", Kontant2021().Tilbud("2021-12-20", "2021-12-31").Fritagelse("2022-06-01", "2022-06-10", Andet), "2022-12", Bek301, true },
        { "tilbud ending 2021-12-21, W at 2021-12-22", Kontant2021().Tilbud("2021-12-20", "2021-12-21").Fritagelse("2022-06-01", "2022-06-10", Barsel), "2022-12", Bek301, true },
    };

    // SPEC §4 fokusmål 2, §8.5: < 4 qualifying samtaler in [W, D]; the forløb's first jobsamtale counts from 2023-03-22 only if personligt.
    public static TheoryData<string, PersonBygger, string, int, bool> FaaSamtaler => new()
    {
        { "4 personligt", Kontant2023().Samtale("2023-02-01").Samtale("2023-05-01").Samtale("2023-08-01").Samtale("2023-11-01"), Bek301, 4, false },
        { "3 personligt", Kontant2023().Samtale("2023-02-01").Samtale("2023-05-01").Samtale("2023-08-01"), Bek301, 3, true },
        { "first by phone on 2023-03-22", Kontant2023().Samtale("2023-03-22", Jobsamtale, Telefon).Samtale("2023-04-01").Samtale("2023-06-01").Samtale("2023-09-01"), Bek301, 3, true },
        { "first by phone on 2023-03-21", Kontant2023().Samtale("2023-03-21", Jobsamtale, Telefon).Samtale("2023-04-01").Samtale("2023-06-01").Samtale("2023-09-01"), Bek301, 4, false },
        { "first digital on 2023-04-01", Kontant2023().Samtale("2023-04-01", Jobsamtale, Digital).Samtale("2023-05-01").Samtale("2023-06-01").Samtale("2023-09-01"), Bek301, 3, true },
        { "first personligt, later by phone and digital", Kontant2023().Samtale("2023-04-01").Samtale("2023-05-01", Jobsamtale, Telefon).Samtale("2023-06-01", Jobsamtale, Telefon).Samtale("2023-07-01", Jobsamtale, Digital), Bek301, 4, false },
        { "same-day phone and personligt: personligt is first", Kontant2023().Samtale("2023-04-01", Jobsamtale, Telefon).Samtale("2023-04-01").Samtale("2023-05-01").Samtale("2023-06-01"), Bek301, 4, false },
        { "same-day digital and phone: phone is first", Kontant2023().Samtale("2023-04-01", Jobsamtale, Digital).Samtale("2023-04-01", Jobsamtale, Telefon).Samtale("2023-05-01").Samtale("2023-06-01"), Bek301, 3, true },
        { "4 sygeopfoelgning by phone", Kontant2023().Samtale("2023-04-01", Sygeopfoelgning, Telefon).Samtale("2023-05-01", Sygeopfoelgning, Telefon).Samtale("2023-06-01", Sygeopfoelgning, Telefon).Samtale("2023-07-01", Sygeopfoelgning, Telefon), Bek301, 4, false },
        { "sygeopfoelgning before the first (phone) jobsamtale", Kontant2023().Samtale("2023-04-01", Sygeopfoelgning, Telefon).Samtale("2023-05-01", Jobsamtale, Telefon).Samtale("2023-06-01").Samtale("2023-07-01"), Bek301, 3, true },
        { "two samtaler on each of two days", Kontant2023().Samtale("2023-04-01").Samtale("2023-04-01", Sygeopfoelgning).Samtale("2023-05-01").Samtale("2023-05-01", Sygeopfoelgning, Telefon), Bek301, 4, false },
        { "bek-2019: first by phone counts", Kontant2023().Samtale("2023-04-01", Jobsamtale, Telefon).Samtale("2023-05-01").Samtale("2023-06-01").Samtale("2023-09-01"), Bek2019, 4, false },
        { "forløb's first jobsamtale (personligt) before the window", Kontant2021().Samtale("2021-06-01").Samtale("2023-04-01", Jobsamtale, Telefon).Samtale("2023-05-01", Jobsamtale, Telefon).Samtale("2023-06-01", Jobsamtale, Telefon).Samtale("2023-07-01", Jobsamtale, Telefon), Bek301, 4, false },
        { "new forløb after skift: its first is by phone", new PersonBygger().Ydelse("2021-01-01", "2022-12-31", Dagpenge).Samtale("2022-06-01").Ydelse("2023-01-01", null, Kontanthjaelp).Samtale("2023-04-01", Jobsamtale, Telefon).Samtale("2023-05-01", Jobsamtale, Telefon).Samtale("2023-06-01", Jobsamtale, Telefon).Samtale("2023-07-01", Jobsamtale, Telefon), Bek301, 3, true },
        { "samtale the day before W", Kontant2022().Samtale("2022-12-31").Samtale("2023-03-01").Samtale("2023-05-01").Samtale("2023-07-01"), Bek301, 3, true },
        { "samtale on W", Kontant2022().Samtale("2023-01-01").Samtale("2023-03-01").Samtale("2023-05-01").Samtale("2023-07-01"), Bek301, 4, false },
    };

    // SPEC §3.5: rows dated after D never change the month's result.
    public static TheoryData<string, PersonBygger> EfterD => new()
    {
        { "new ydelse after D", Basis().Ydelse("2023-07-01", null, Dagpenge) },
        { "new kommune after D", Basis().Ydelse("2023-07-01", null, Kontanthjaelp, 147) },
        { "barsel after D", Basis().Fritagelse("2023-07-01", null, Barsel) },
        { "andet fritagelse after D", Basis().Fritagelse("2023-07-01", "2024-12-31", Andet) },
        { "samtaler after D", Basis().Samtale("2023-07-01", Jobsamtale, Telefon).Samtale("2023-07-02") },
        { "tilbud after D", Basis().Tilbud("2023-07-01", null) },
        { "§ 91 tilbud after D", Basis().Tilbud("2023-07-01", null, OevrigVejledning) },
        { "timer with til after D", Basis().Timer("2023-06-01", "2023-07-31", 200m) },
        { "benefit gap of a whole month after D", Basis().Ydelse("2023-09-01", null, Kontanthjaelp) },
    };

    [Theory]
    [MemberData(nameof(Maalgruppe))]
    public void Maal_Maalgruppe_Status(string scenario, PersonBygger person, string maaned, Maalestatus forventet)
    {
        Maal.Person(person, maaned, out _).Should().Be(forventet, scenario);
    }

    [Theory]
    [MemberData(nameof(Placering))]
    public void Maal_LastBenefitDay_YdelseKommuneAndWindow(string scenario, PersonBygger person, string forventet)
    {
        Maal.Person(person, "2022-12", out var m).Should().Be(Maalestatus.IMaalgruppe, scenario);
        $"{Koder.Kode(m.Ydelse)} {m.Kommune} {m.ForloebStart:yyyy-MM-dd} {m.TaelledeDage} {m.VindueStart:yyyy-MM-dd}".Should().Be(forventet, scenario);
    }

    [Fact]
    public void Maal_CountedDaysBelowVindueDage_WindowStartsAtFirstNonDeadDay()
    {
        // SPEC §8.4: with min_forloeb_dage < vindue_dage, W is the forløb's first non-dead day.
        var regler = Regelsaet.Bek301_2023 with { MinForloebDage = 100 };
        var person = new PersonBygger().Ydelse("2022-06-01", null, Kontanthjaelp).Fritagelse("2022-06-01", "2022-06-05", Barsel);
        Maal.Person(person, "2022-12", out var m, regler).Should().Be(Maalestatus.IMaalgruppe);
        m.TaelledeDage.Should().Be(209);
        m.VindueStart.Should().Be(PersonBygger.D("2022-06-06"));
    }

    [Theory]
    [MemberData(nameof(UdenIndsats))]
    public void Maal_TilbudAndTimer_UdenIndsats(string scenario, PersonBygger person, string maaned, string regler, bool forventet)
    {
        Maal.Person(person, maaned, out var m, Regelsaet.Indbyggede[regler]).Should().Be(Maalestatus.IMaalgruppe, scenario);
        m.UdenIndsats.Should().Be(forventet, scenario);
    }

    [Theory]
    [MemberData(nameof(FaaSamtaler))]
    public void Maal_Samtaler_FaaSamtaler(string scenario, PersonBygger person, string regler, int samtaler, bool forventet)
    {
        Maal.Person(person, "2023-12", out var m, Regelsaet.Indbyggede[regler]).Should().Be(Maalestatus.IMaalgruppe, scenario);
        m.SamtalerIVindue.Should().Be(samtaler, scenario);
        m.FaaSamtaler.Should().Be(forventet, scenario);
    }

    [Theory]
    [MemberData(nameof(EfterD))]
    public void Maal_RowsAfterMeasurementDay_SameResult(string scenario, PersonBygger medSenereRaekker)
    {
        var foer = Maal.Person(Basis(), "2023-06", out var forventet);
        var efter = Maal.Person(medSenereRaekker, "2023-06", out var maaling, horisont: "2024-12-31");
        foer.Should().Be(Maalestatus.IMaalgruppe);
        efter.Should().Be(foer, scenario);
        maaling.Should().Be(forventet, scenario);
    }

    private static PersonBygger Kontant2021() => new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp);

    private static PersonBygger Kontant2022() => new PersonBygger().Ydelse("2022-01-01", null, Kontanthjaelp);

    private static PersonBygger Kontant2023() => new PersonBygger().Ydelse("2023-01-01", null, Kontanthjaelp);

    private static PersonBygger Basis() => new PersonBygger()
        .Ydelse("2022-01-01", "2023-07-31", Kontanthjaelp)
        .Samtale("2023-03-22", Jobsamtale, Telefon).Samtale("2023-04-01").Samtale("2023-05-01").Samtale("2023-06-30")
        .Timer("2023-01-01", "2023-01-31", 90m);
}
