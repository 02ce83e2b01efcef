using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tests.TestData;
using SkaerpetTilsyn.Core.Tid;
using static SkaerpetTilsyn.Core.Kodelister.FritagelseAarsag;
using static SkaerpetTilsyn.Core.Kodelister.Ydelse;

namespace SkaerpetTilsyn.Core.Tests.Forloeb;

public sealed class ForloebsbyggerTests
{
    private const string Horisont = "2023-12-31";

    private static readonly Regelsaet s_dage30 = Regelsaet.Bek301_2023 with { ForloebBrud = ForloebBrud.Dage, MaxGapDage = 30 };

    // SPEC §3.3: only a gap holding a whole calendar month (1st–last) without benefit or dead days breaks the forløb.
    public static TheoryData<string, PersonBygger, string> Brud => new()
    {
        { "gap of exactly February (1st-last) breaks", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Ydelse("2022-03-01", null, Kontanthjaelp), "2022-01-01 Foerste|2022-03-01 Pause" },
        { "gap 15 Jan-24 Feb (41 days) holds no whole month", new PersonBygger().Ydelse("2021-06-01", "2022-01-14", Kontanthjaelp).Ydelse("2022-02-25", null, Kontanthjaelp), "2021-06-01 Foerste" },
        { "40-day gap 16 Jan-24 Feb holds no whole month", new PersonBygger().Ydelse("2021-06-01", "2022-01-15", Kontanthjaelp).Ydelse("2022-02-25", null, Kontanthjaelp), "2021-06-01 Foerste" },
        { "gap 1-27 Feb misses the month's last day", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Ydelse("2022-02-28", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "gap 2-28 Feb misses the month's first day", new PersonBygger().Ydelse("2022-01-01", "2022-02-01", Kontanthjaelp).Ydelse("2022-03-01", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "gap 31 Jan-1 Mar holds February", new PersonBygger().Ydelse("2022-01-01", "2022-01-30", Kontanthjaelp).Ydelse("2022-03-02", null, Kontanthjaelp), "2022-01-01 Foerste|2022-03-02 Pause" },
        { "whole month with one dead day does not break", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Fritagelse("2022-02-15", "2022-02-15", Barsel).Ydelse("2022-03-01", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "whole month with one standby day does not break", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Fritagelse("2022-02-28", "2022-02-28", Standby).Ydelse("2022-03-01", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "an andet fritagelse is not dead: the whole month breaks", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Fritagelse("2022-02-01", "2022-02-28", Andet).Ydelse("2022-03-01", null, Kontanthjaelp), "2022-01-01 Foerste|2022-03-01 Pause" },
        { "two whole months, one with a dead day, still breaks", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Fritagelse("2022-02-15", "2022-02-15", Barsel).Ydelse("2022-04-01", null, Kontanthjaelp), "2022-01-01 Foerste|2022-04-01 Pause" },
    };

    // SPEC §3.3: forloeb_brud = "dage" breaks on a run of more than max_gap_dage days that are neither benefit nor dead days.
    public static TheoryData<string, PersonBygger, string> BrudDage => new()
    {
        { "31-day gap 15 Jan-14 Feb breaks", new PersonBygger().Ydelse("2022-01-01", "2022-01-14", Kontanthjaelp).Ydelse("2022-02-15", null, Kontanthjaelp), "2022-01-01 Foerste|2022-02-15 Pause" },
        { "30-day gap 15 Jan-13 Feb does not break", new PersonBygger().Ydelse("2022-01-01", "2022-01-14", Kontanthjaelp).Ydelse("2022-02-14", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "whole February (28 days) does not break", new PersonBygger().Ydelse("2022-01-01", "2022-01-31", Kontanthjaelp).Ydelse("2022-03-01", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "40-day gap split by dead days into 15+15 does not break", new PersonBygger().Ydelse("2022-01-01", "2022-01-10", Kontanthjaelp).Fritagelse("2022-01-26", "2022-02-04", Barsel).Ydelse("2022-02-20", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "40-day gap with andet fritagelse breaks", new PersonBygger().Ydelse("2022-01-01", "2022-01-10", Kontanthjaelp).Fritagelse("2022-01-26", "2022-02-04", Andet).Ydelse("2022-02-20", null, Kontanthjaelp), "2022-01-01 Foerste|2022-02-20 Pause" },
    };

    // SPEC §3.3, §8.3: ydelsesskift starts a new forløb except the fortsaettende_skift pairs, also across a non-breaking gap.
    public static TheoryData<string, PersonBygger, string> Skift => new()
    {
        { "kontanthjaelp -> dagpenge is a skift", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Kontanthjaelp).Ydelse("2022-07-01", null, Dagpenge), "2022-01-01 Foerste|2022-07-01 Ydelsesskift" },
        { "sho -> kontanthjaelp continues", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Sho).Ydelse("2022-07-01", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "sho -> uddannelseshjaelp continues", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Sho).Ydelse("2022-07-01", null, Uddannelseshjaelp), "2022-01-01 Foerste" },
        { "kontanthjaelp -> sho is a skift", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Kontanthjaelp).Ydelse("2022-07-01", null, Sho), "2022-01-01 Foerste|2022-07-01 Ydelsesskift" },
        { "uddannelseshjaelp -> kontanthjaelp is a skift", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Uddannelseshjaelp).Ydelse("2022-07-01", null, Kontanthjaelp), "2022-01-01 Foerste|2022-07-01 Ydelsesskift" },
        { "sho -> kontanthjaelp across a non-breaking gap continues (§8.3)", new PersonBygger().Ydelse("2022-01-01", "2022-06-14", Sho).Ydelse("2022-07-15", null, Kontanthjaelp), "2022-01-01 Foerste" },
        { "sho -> kontanthjaelp across a whole-month gap breaks", new PersonBygger().Ydelse("2022-01-01", "2022-05-31", Sho).Ydelse("2022-07-01", null, Kontanthjaelp), "2022-01-01 Foerste|2022-07-01 Pause" },
        { "kontanthjaelp -> sho across a non-breaking gap is a skift", new PersonBygger().Ydelse("2022-01-01", "2022-06-14", Kontanthjaelp).Ydelse("2022-07-15", null, Sho), "2022-01-01 Foerste|2022-07-15 Ydelsesskift" },
        { "sho -> kontanthjaelp -> sho: the second is a skift", new PersonBygger().Ydelse("2022-01-01", "2022-03-31", Sho).Ydelse("2022-04-01", "2022-06-30", Kontanthjaelp).Ydelse("2022-07-01", null, Sho), "2022-01-01 Foerste|2022-07-01 Ydelsesskift" },
        { "kontanthjaelp -> dagpenge -> kontanthjaelp: two skift", new PersonBygger().Ydelse("2021-01-01", null, Kontanthjaelp).Ydelse("2022-06-01", "2022-06-30", Dagpenge), "2021-01-01 Foerste|2022-06-01 Ydelsesskift|2022-07-01 Ydelsesskift" },
        { "a kommune change does not start a forløb", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Kontanthjaelp, 101).Ydelse("2022-07-01", null, Kontanthjaelp, 147), "2022-01-01 Foerste" },
    };

    // SPEC §3.1, §8.3: the day's status is the covering row with the latest fra, then latest til (open latest), then code-list order, then lowest kommune.
    public static TheoryData<string, PersonBygger, string> Status => new()
    {
        { "later fra wins inside an earlier row", new PersonBygger().Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp).Ydelse("2022-06-01", "2022-08-31", Dagpenge), "2022-01-01..2022-05-31 kontanthjaelp 101|2022-06-01..2022-08-31 dagpenge 101|2022-09-01..2022-12-31 kontanthjaelp 101" },
        { "later fra wins regardless of row order", new PersonBygger().Ydelse("2022-06-01", "2022-08-31", Dagpenge).Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp), "2022-01-01..2022-05-31 kontanthjaelp 101|2022-06-01..2022-08-31 dagpenge 101|2022-09-01..2022-12-31 kontanthjaelp 101" },
        { "same fra: later til wins", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Dagpenge).Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp), "2022-01-01..2022-12-31 kontanthjaelp 101" },
        { "same fra: open til counts as latest", new PersonBygger().Ydelse("2022-01-01", "2023-12-31", Kontanthjaelp).Ydelse("2022-01-01", null, Ledighedsydelse), "2022-01-01..2023-12-31 ledighedsydelse 101" },
        { "same fra and til: first in code list (sho before kontanthjaelp)", new PersonBygger().Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp).Ydelse("2022-01-01", "2022-12-31", Sho), "2022-01-01..2022-12-31 sho 101" },
        { "same fra and til: dagpenge before sygedagpenge", new PersonBygger().Ydelse("2022-01-01", "2022-12-31", Sygedagpenge).Ydelse("2022-01-01", "2022-12-31", Dagpenge), "2022-01-01..2022-12-31 dagpenge 101" },
        { "full tie: lowest kommune code", new PersonBygger().Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp, 147).Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp, 101).Ydelse("2022-01-01", "2022-12-31", Kontanthjaelp, 851), "2022-01-01..2022-12-31 kontanthjaelp 101" },
        { "kommune change splits the status run", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Kontanthjaelp, 101).Ydelse("2022-07-01", "2022-12-31", Kontanthjaelp, 147), "2022-01-01..2022-06-30 kontanthjaelp 101|2022-07-01..2022-12-31 kontanthjaelp 147" },
        { "adjacent rows of the same status merge", new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Kontanthjaelp).Ydelse("2022-07-01", "2022-12-31", Kontanthjaelp), "2022-01-01..2022-12-31 kontanthjaelp 101" },
    };

    [Theory]
    [MemberData(nameof(Brud))]
    public void Byg_GapHelKalendermaaned_ForloebStarts(string scenario, PersonBygger person, string forventet)
    {
        ForloebStarts(person, Regelsaet.Bek301_2023).Should().Be(forventet, scenario);
    }

    [Theory]
    [MemberData(nameof(BrudDage))]
    public void Byg_GapDageMax30_ForloebStarts(string scenario, PersonBygger person, string forventet)
    {
        ForloebStarts(person, s_dage30).Should().Be(forventet, scenario);
    }

    [Theory]
    [MemberData(nameof(Skift))]
    public void Byg_Ydelsesskift_ForloebStarts(string scenario, PersonBygger person, string forventet)
    {
        ForloebStarts(person, Regelsaet.Bek301_2023).Should().Be(forventet, scenario);
    }

    [Fact]
    public void Byg_NoFortsaettendeSkift_ShoToKontanthjaelpIsSkift()
    {
        var regler = Regelsaet.Bek301_2023 with { FortsaettendeSkift = [] };
        var person = new PersonBygger().Ydelse("2022-01-01", "2022-06-30", Sho).Ydelse("2022-07-01", null, Kontanthjaelp);
        ForloebStarts(person, regler).Should().Be("2022-01-01 Foerste|2022-07-01 Ydelsesskift");
    }

    [Theory]
    [MemberData(nameof(Status))]
    public void Byg_OverlappingRows_StatusPerioder(string scenario, PersonBygger person, string forventet)
    {
        var bygger = new Forloebsbygger(Regelsaet.Bek301_2023);
        bygger.Byg(person.Byg(), Dag.Nr(PersonBygger.D(Horisont)));
        string.Join("|", bygger.Perioder.Select(p => $"{Dag.Dato(p.Fra):yyyy-MM-dd}..{Dag.Dato(p.Til):yyyy-MM-dd} {Koder.Kode(p.Ydelse)} {p.Kommune}"))
            .Should().Be(forventet, scenario);
    }

    private static string ForloebStarts(PersonBygger person, Regelsaet regler)
    {
        var bygger = new Forloebsbygger(regler);
        bygger.Byg(person.Byg(), Dag.Nr(PersonBygger.D(Horisont)));
        return string.Join("|", bygger.Forloeb.Select(f => $"{Dag.Dato(f.Start):yyyy-MM-dd} {f.Aarsag}"));
    }
}
