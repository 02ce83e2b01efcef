using System.Diagnostics;
using System.Globalization;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.Core.Tests.TestData;
using static SkaerpetTilsyn.Core.Kodelister.Ydelse;

namespace SkaerpetTilsyn.Core.Tests.Opgoerelse;

public sealed class AarsopgoerelseTests
{
    private const int Aar = 2023;

    // SPEC §5, §8.9: b ≥ t needs c ≤ (b + t) / 2; b < t or empty needs c < t; an undefined c satisfies it.
    public static TheoryData<string, decimal?, decimal, decimal?, bool> Halv => new()
    {
        { "vejledning: 50 -> 40 with t 30", 50m, 30m, 40m, true },
        { "vejledning: 50 -> 40.01", 50m, 30m, 40.01m, false },
        { "50 -> 35", 50m, 30m, 35m, true },
        { "b = t = 30, c 30", 30m, 30m, 30m, true },
        { "b = t = 30, c 30.01", 30m, 30m, 30.01m, false },
        { "b 25 < t: c 29.99", 25m, 30m, 29.99m, true },
        { "b 25 < t: c 30", 25m, 30m, 30m, false },
        { "b 25 < t: c 27.5 would pass (b+t)/2 but not c < t", 25m, 30m, 27.5m, true },
        { "empty b: c 29.99", null, 30m, 29.99m, true },
        { "empty b: c 30", null, 30m, 30m, false },
        { "undefined c", 50m, 30m, null, true },
        { "fm2: 35 -> 27.5 with t 20", 35m, 20m, 27.5m, true },
        { "fm2: 35 -> 27.51", 35m, 20m, 27.51m, false },
        { "fm2: 10 -> 19.99", 10m, 20m, 19.99m, true },
        { "fm2: 10 -> 20", 10m, 20m, 20m, false },
    };

    // SPEC §5 table, every row; figures are fm1/fm2 percent in every month; benchmark forventet 15.
    public static TheoryData<string, string, decimal, int, int, string> Afgoerelser => new()
    {
        { "ingen 0 - -", "std", 16m, 30, 10, "Udvalgt § 6 -> skaerpet 2023 30.00 10.00" },
        { "ingen 0 - -", "std", 16m, 29, 20, "Udvalgt § 6 -> skaerpet 2023 29.00 20.00" },
        { "ingen 0 - -", "std", 15m, 50, 50, "IkkeOmfattet § 6 -> ingen - - -" },
        { "ingen 0 - -", "std", 16m, 29, 19, "IkkeOmfattet § 6 -> ingen - - -" },
        { "ingen 0 - -", "kun-fm2", 16m, 60, 10, "IkkeOmfattet § 6 -> ingen - - -" },
        { "skaerpet 2022 50 10", "std", 16m, 29, 19, "Ophoert § 10 -> ingen - - -" },
        { "skaerpet 2022 50 10", "std", 16m, 40, 19, "Forlaenget § 11 -> forlaenget 2022 50.00 10.00" },
        { "skaerpet 2022 50 10", "std", 15m, 41, 19, "Administration § 12 -> administration 2022 50.00 10.00" },
        { "skaerpet 2022 50 10", "std", 16m, 40, 20, "Administration § 12 -> administration 2022 50.00 10.00" },
        { "skaerpet 2022 50 -", "std", 16m, 40, 19, "Forlaenget § 11 -> forlaenget 2022 50.00 -" },
        { "skaerpet 2022 50 -", "std", 16m, 40, 20, "Administration § 12 -> administration 2022 50.00 -" },
        { "skaerpet 2022 50 30", "std", 16m, 40, 25, "Forlaenget § 11 -> forlaenget 2022 50.00 30.00" },
        { "skaerpet 2022 50 30", "std", 16m, 40, 26, "Administration § 12 -> administration 2022 50.00 30.00" },
        { "skaerpet 2022 50 10", "kun-fm2", 16m, 60, 19, "Ophoert § 10 -> ingen - - -" },
        { "skaerpet 2022 50 30", "kun-fm2", 16m, 60, 25, "Forlaenget § 11 -> forlaenget 2022 50.00 30.00" },
        { "forlaenget 2021 50 10", "std", 16m, 29, 19, "Ophoert § 11 -> ingen - - -" },
        { "forlaenget 2021 50 10", "std", 16m, 35, 19, "Administration § 12 -> administration 2021 50.00 10.00" },
        { "administration 2021 50 10", "std", 16m, 29, 19, "Ophoert § 13 -> ingen - - -" },
        { "administration 2021 50 10", "std", 16m, 29, 25, "FortsatAdministration § 12 -> administration 2021 50.00 10.00" },
        { "administration 2021 50 10", "std", 15m, 29, 25, "FortsatAdministration § 12 -> administration 2021 50.00 10.00" },
    };

    // SPEC §5 "Dates", §8.11: which dates each decision fills (meddelelse|redegørelse|genopretning_slut|minimumskrav_fra|sagsgennemgang).
    public static TheoryData<string, int, int, string, string> Datoer => new()
    {
        { "ingen 0 - -", 30, 10, "2024-04-30", "Udvalgt 2024-04-30|2024-07-31|2024-12-31|-|-" },
        { "ingen 0 - -", 29, 19, "2024-04-30", "IkkeOmfattet -|-|-|-|-" },
        { "skaerpet 2022 50 10", 29, 19, "2024-04-30", "Ophoert 2024-04-30|-|-|-|-" },
        { "skaerpet 2022 50 10", 40, 19, "2024-04-30", "Forlaenget 2024-04-30|-|2024-12-31|-|-" },
        { "skaerpet 2022 50 10", 45, 19, "2024-04-30", "Administration 2024-04-30|-|-|2024-05-01|2024-07-31" },
        { "administration 2021 50 10", 45, 19, "2024-04-30", "FortsatAdministration 2024-04-30|-|-|2024-05-01|2024-07-31" },
        { "ingen 0 - -", 30, 10, "2024-05-15", "Udvalgt 2024-05-15|2024-08-15|2024-12-31|-|-" },
        { "administration 2021 50 10", 45, 19, "2024-11-30", "FortsatAdministration 2024-11-30|-|-|2024-12-01|2025-02-28" },
    };

    // SPEC §11.3: meddelt after = the meddelelse (here 15 May) for a status this opgørelse sets, the status before's for fortsat_administration, empty for ingen.
    public static TheoryData<string, string, int, int, string> Meddelt => new()
    {
        { "ingen 0 - -", "-", 30, 10, "Udvalgt skaerpet 2024-05-15" },
        { "ingen 0 - -", "-", 29, 19, "IkkeOmfattet ingen -" },
        { "skaerpet 2022 50 10", "2023-04-28", 29, 19, "Ophoert ingen -" },
        { "skaerpet 2022 50 10", "2023-04-28", 40, 19, "Forlaenget forlaenget 2024-05-15" },
        { "skaerpet 2022 50 10", "-", 40, 19, "Forlaenget forlaenget 2024-05-15" },
        { "skaerpet 2022 50 10", "2023-04-28", 45, 19, "Administration administration 2024-05-15" },
        { "forlaenget 2021 50 10", "2023-04-28", 35, 19, "Administration administration 2024-05-15" },
        { "forlaenget 2021 50 10", "2023-04-28", 29, 19, "Ophoert ingen -" },
        { "administration 2021 50 10", "2022-04-29", 45, 19, "FortsatAdministration administration 2022-04-29" },
        { "administration 2021 50 10", "-", 45, 19, "FortsatAdministration administration -" },
        { "administration 2021 50 10", "2022-04-29", 29, 19, "Ophoert ingen -" },
    };

    // SPEC §5 "Passivsager", §8.12: December målgruppe, uden indsats or få samtaler, ydelse failing an active fokusmål; sorted kommune, ydelse, person_id.
    public static TheoryData<string, string, string> Passiv => new()
    {
        { "administration 2021 50 10", "std", "FortsatAdministration: z-sho sho Tilbud 1095 0 0 12|k-a kontanthjaelp Tilbud 1095 0 0 12|k-b kontanthjaelp Begge 1095 0 0 0|k-c kontanthjaelp Samtaler 1095 1 0 0" },
        { "skaerpet 2022 20 10", "std", "Administration: z-sho sho Tilbud 1095 0 0 12|k-a kontanthjaelp Tilbud 1095 0 0 12|k-b kontanthjaelp Begge 1095 0 0 0|k-c kontanthjaelp Samtaler 1095 1 0 0" },
        { "forlaenget 2021 50 10", "std", "Administration: z-sho sho Tilbud 1095 0 0 12|k-a kontanthjaelp Tilbud 1095 0 0 12|k-b kontanthjaelp Begge 1095 0 0 0|k-c kontanthjaelp Samtaler 1095 1 0 0" },
        { "administration 2021 50 10", "kun-fm2", "FortsatAdministration: k-a kontanthjaelp Tilbud 1095 0 0 12|k-b kontanthjaelp Begge 1095 0 0 0|k-c kontanthjaelp Samtaler 1095 1 0 0" },
        { "ingen 0 - -", "std", "Udvalgt: " },
        { "skaerpet 2022 80 80", "std", "Forlaenget: " },
    };

    [Theory]
    [MemberData(nameof(Halv))]
    public void HalvForbedring_BasisThresholdNow_Condition(string scenario, decimal? basis, decimal graense, decimal? nu, bool forventet)
    {
        HalvForbedring.Opnaaet(basis, graense, nu is { } c ? Brok.Fra(c) : null).Should().Be(forventet, scenario);
    }

    // SPEC §5, §11.4: the bound is (b + t) / 2, inclusive, when b ≥ t; else t, strict; an empty basis counts as b < t.
    [Theory]
    [InlineData(50.0, 30.0, "40.00 inklusiv")]
    [InlineData(30.0, 30.0, "30.00 inklusiv")]
    [InlineData(51.77, 30.0, "40.89 inklusiv")]
    [InlineData(29.99, 30.0, "30.00 streng")]
    [InlineData(null, 20.0, "20.00 streng")]
    [InlineData(35.0, 20.0, "27.50 inklusiv")]
    public void HalvForbedringGraense_BasisAndThreshold_BoundAndKind(double? basis, double graense, string forventet)
    {
        var (g, inklusiv) = HalvForbedring.Graense((decimal?)basis, (decimal)graense);
        $"{Procentformat.Fil(g)} {(inklusiv ? "inklusiv" : "streng")}".Should().Be(forventet);
    }

    [Theory]
    [MemberData(nameof(Afgoerelser))]
    public void Beregn_StatusAndFigures_DecisionStatusAfterAndHjemmel(string statusFoer, string regler, decimal faktisk, int fm1, int fm2, string forventet)
    {
        var maaler = new Maaler(AarsfigurTests.Regler(regler), new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, $"*:100/{fm1}/{fm2}");
        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(faktisk)], [Status(statusFoer)], Frister.StandardMeddelelse(Aar)).Afgoerelser.Single();
        $"{a.Type} {a.Hjemmel} -> {Beskriv(a.StatusEfter)}".Should().Be(forventet);
        Procentformat.Fil(a.Fm1!.Value).Should().Be($"{fm1}.00");
        a.ResultatmaalOpfyldt.Should().Be(faktisk <= 15m);
    }

    [Theory]
    [InlineData("ingen 0 - -", "IkkeOmfattet")]
    [InlineData("skaerpet 2022 50 10", "Ophoert")]
    [InlineData("administration 2021 50 10", "Ophoert")]
    public void Beregn_NoMaalgruppe_UndefinedFiguresCountAsMet(string statusFoer, string forventet)
    {
        // SPEC §4: a kommune with no målgruppe all year has undefined figures and counts as meeting the fokusmål.
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], [Status(statusFoer)], Frister.StandardMeddelelse(Aar)).Afgoerelser.Single();
        a.Type.ToString().Should().Be(forventet);
        a.Fm1.Should().BeNull();
        a.Fm2.Should().BeNull();
        a.Fm1Opfyldt.Should().BeTrue();
        a.Fm2Opfyldt.Should().BeTrue();
    }

    [Fact]
    public void Beregn_InactiveFm1_ReportedButCountsAsMet()
    {
        var maaler = new Maaler(AarsfigurTests.Regler("kun-fm2"), new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, "*:100/60/10");
        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], null, Frister.StandardMeddelelse(Aar)).Afgoerelser.Single();
        Procentformat.Fil(a.Fm1!.Value).Should().Be("60.00");
        a.Fm1Opfyldt.Should().BeTrue();
        a.Type.Should().Be(Afgoerelsestype.IkkeOmfattet);
    }

    [Theory]
    [MemberData(nameof(Datoer))]
    public void Beregn_Decision_DatesFilled(string statusFoer, int fm1, int fm2, string meddelelse, string forventet)
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, $"*:100/{fm1}/{fm2}");
        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], [Status(statusFoer)], PersonBygger.D(meddelelse)).Afgoerelser.Single();
        string[] datoer = [Dato(a.Meddelelse), Dato(a.RedegoerelseSenest), Dato(a.GenopretningSlut), Dato(a.MinimumskravFra), Dato(a.SagsgennemgangSenest)];
        $"{a.Type} {string.Join("|", datoer)}".Should().Be(forventet);
    }

    [Theory]
    [MemberData(nameof(Meddelt))]
    public void Beregn_StatusEfter_MeddeltFraMeddelelsenEllerStatusFoer(string statusFoer, string meddeltFoer, int fm1, int fm2, string forventet)
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, $"*:100/{fm1}/{fm2}");
        var foer = Status(statusFoer) with { Meddelt = meddeltFoer == "-" ? null : PersonBygger.D(meddeltFoer) };

        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], [foer], PersonBygger.D("2024-05-15")).Afgoerelser.Single();

        $"{a.Type} {Koder.Kode(a.StatusEfter.Status)} {Dato(a.StatusEfter.Meddelt)}".Should().Be(forventet);
    }

    [Theory]
    [MemberData(nameof(Passiv))]
    public void Beregn_Administration_Passivsager(string statusFoer, string regler, string forventet)
    {
        var maaler = new Maaler(AarsfigurTests.Regler(regler), new(Aar, 1), new(Aar, 12), new(Aar, 12));
        foreach (var p in PassivPersoner())
        {
            maaler.MaalPerson(p.Byg());
        }

        var r = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], [Status(statusFoer)], Frister.StandardMeddelelse(Aar));
        var sager = r.Passivsager.Select(s =>
            $"{s.PersonId} {Koder.Kode(s.Ydelse)} {s.Mangler} {s.TaelledeDage} {s.TilbudIVindue} {s.TimerIVindue.ToString(CultureInfo.InvariantCulture)} {s.SamtalerIVindue}");
        $"{r.Afgoerelser.Single().Type}: {string.Join("|", sager)}".Should().Be(forventet);
        r.Passivsager.All(s => s.Kommune == 101 && s.ForloebStart == PersonBygger.D("2021-01-01")).Should().BeTrue();
    }

    [Fact]
    public void Beregn_Udvalgt_BasisRoundedToTwoDecimals()
    {
        // SPEC §8.10: udvalgt writes udvalgt_aar = Y and the basis = Y's figures rounded half away from zero.
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, "*:3/2/1");
        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], null, Frister.StandardMeddelelse(Aar)).Afgoerelser.Single();
        a.Type.Should().Be(Afgoerelsestype.Udvalgt);
        Beskriv(a.StatusEfter).Should().Be("skaerpet 2023 66.67 33.33");
    }

    [Fact]
    public void Beregn_LaterBenchmarkRow_Overrides()
    {
        // SPEC §8.6: a later benchmark row for the same (aar, kommune) overrides an earlier one; rows of other years are ignored.
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, "*:10/5/5");
        var a = Aarsopgoerelse.Beregn(maaler, Aar, [Bench(10m), Bench(16m), Bench(10m) with { Aar = 2024 }], null, Frister.StandardMeddelelse(Aar)).Afgoerelser.Single();
        a.ResultatmaalOpfyldt.Should().BeFalse();
        a.Type.Should().Be(Afgoerelsestype.Udvalgt);
    }

    [Fact]
    public void Beregn_StatusNotIngenWithoutBenchmark_Throws()
    {
        // SPEC §8.6: a kommune whose status is not ingen is reported, so it needs a benchmark row.
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        var handling = () => Aarsopgoerelse.Beregn(maaler, Aar, [], [Status("skaerpet 2022 50 10")], Frister.StandardMeddelelse(Aar));
        handling.Should().Throw<ManglendeBenchmarkException>();
        Aarsopgoerelse.Beregn(maaler, Aar, [], [Status("ingen 0 - -")], Frister.StandardMeddelelse(Aar)).Afgoerelser.Should().BeEmpty();
    }

    [Fact]
    public void Beregn_KommuneWithoutBenchmark_Throws()
    {
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, "*:10/1/1");
        var handling = () => Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m) with { Aar = 2022 }], null, Frister.StandardMeddelelse(Aar));
        handling.Should().Throw<ManglendeBenchmarkException>().WithMessage("*2023*101 København*");
    }

    [Fact]
    public void Beregn_UkendtStatusFoer_KasterFremForAtGaette()
    {
        // SPEC §5: every status before has its rows in the decision table; a value outside it is a defect, never "administration".
        var maaler = new Maaler(Regelsaet.Bek301_2023, new(Aar, 1), new(Aar, 12), new(Aar, 12));
        Taellinger.Fyld(maaler.Taellere, Aar, "*:10/5/5");
        var ukendt = new Kommunestatus(101, (Tilsynsstatus)9, 2022, 50m, 10m);
        var handling = () => Aarsopgoerelse.Beregn(maaler, Aar, [Bench(16m)], [ukendt], Frister.StandardMeddelelse(Aar));
        handling.Should().Throw<UnreachableException>().WithMessage("Tilsynsstatus har ingen kendt værdi 9.");
    }

    // Kontanthjaelp fails both goals (Jan-Nov 3/5, Dec 2/4), sho fails fm1 (1/1), dagpenge meets both (1/4 and 0/4).
    private static IEnumerable<PersonBygger> PassivPersoner() =>
    [
        new PersonBygger("k-c").Ydelse("2021-01-01", null, Kontanthjaelp).Tilbud("2020-01-01", null),
        new PersonBygger("z-sho").Ydelse("2021-01-01", null, Sho).MaanedligeSamtaler("2021-01", "2023-12"),
        new PersonBygger("d-a").Ydelse("2021-01-01", null, Dagpenge).MaanedligeSamtaler("2021-01", "2023-12"),
        new PersonBygger("k-b").Ydelse("2021-01-01", null, Kontanthjaelp),
        new PersonBygger("d-b").Ydelse("2021-01-01", null, Dagpenge).Tilbud("2020-01-01", null).MaanedligeSamtaler("2021-01", "2023-12"),
        new PersonBygger("k-e").Ydelse("2021-01-01", "2023-11-30", Kontanthjaelp),
        new PersonBygger("k-a").Ydelse("2021-01-01", null, Kontanthjaelp).MaanedligeSamtaler("2021-01", "2023-12"),
        new PersonBygger("d-c").Ydelse("2021-01-01", null, Dagpenge).Tilbud("2020-01-01", null).MaanedligeSamtaler("2021-01", "2023-12"),
        new PersonBygger("k-d").Ydelse("2021-01-01", null, Kontanthjaelp).Tilbud("2020-01-01", null).MaanedligeSamtaler("2021-01", "2023-12"),
        new PersonBygger("d-d").Ydelse("2021-01-01", null, Dagpenge).Tilbud("2020-01-01", null).MaanedligeSamtaler("2021-01", "2023-12"),
    ];

    private static Benchmarkraekke Bench(decimal faktisk) =>
        new(Aar, 101, faktisk, 15m, faktisk.ToString(CultureInfo.InvariantCulture), "15");

    // "status udvalgt_aar basis_fm1 basis_fm2", "-" for empty.
    private static Kommunestatus Status(string tekst)
    {
        string[] f = tekst.Split(' ');
        Koder.TryParse(f[0], out Tilsynsstatus status).Should().BeTrue();
        return new Kommunestatus(101, status, f[1] == "0" ? null : int.Parse(f[1]), Tal(f[2]), Tal(f[3]));
    }

    private static decimal? Tal(string s) => s == "-" ? null : decimal.Parse(s, CultureInfo.InvariantCulture);

    private static string Beskriv(Kommunestatus s) =>
        $"{Koder.Kode(s.Status)} {s.UdvalgtAar?.ToString(CultureInfo.InvariantCulture) ?? "-"} {s.BasisFm1?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"} {s.BasisFm2?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}";

    private static string Dato(NodaTime.LocalDate? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
