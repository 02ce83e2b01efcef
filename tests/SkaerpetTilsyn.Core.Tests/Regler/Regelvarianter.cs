using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Regler;

namespace SkaerpetTilsyn.Core.Tests.Regler;

/// <summary>Named variants of bek-301-2023, each changing one key, for the tests of what the forløb and the measurement depend on.</summary>
internal static class Regelvarianter
{
    public static Regelsaet Hent(string navn) => navn switch
    {
        "std" => Regelsaet.Bek301_2023,
        "2019" => Regelsaet.Bek2019,
        "fm1-25" => Regelsaet.Bek301_2023 with { Navn = "fm1-25", Fm1GraensePct = 25 },
        "kun-fm2" => Regelsaet.Bek301_2023 with { Navn = "kun-fm2", AktiveFokusmaal = [Fokusmaal.Fm2] },
        "graenser-99" => Regelsaet.Bek301_2023 with { Navn = "graenser-99", Fm1GraensePct = 99, Fm2GraensePct = 99 },
        "samlet" => Regelsaet.Bek301_2023 with { Navn = "samlet", Gennemsnit = Gennemsnit.Samlet },
        "udelukket" => Regelsaet.Bek301_2023 with { Navn = "udelukket", UdelukkedeMaaneder = [new(2023, 3)] },
        "adm-60" => Regelsaet.Bek301_2023 with { Navn = "adm-60", AdmMinTilbudPct = 60 },
        "timer-50" => Regelsaet.Bek301_2023 with { Navn = "timer-50", MinTimer = 50 },
        "samtaler-3" => Regelsaet.Bek301_2023 with { Navn = "samtaler-3", MinSamtaler = 3 },
        "forloeb-200" => Regelsaet.Bek301_2023 with { Navn = "forloeb-200", MinForloebDage = 200 },
        "vindue-200" => Regelsaet.Bek301_2023 with { Navn = "vindue-200", VindueDage = 200 },
        "fritaget-40" => Regelsaet.Bek301_2023 with { Navn = "fritaget-40", FritagelseMaxAndel = 0.4m },
        "fritaget-0.50" => Regelsaet.Bek301_2023 with { Navn = "fritaget-0.50", FritagelseMaxAndel = 0.50m },
        "p91-senere" => Regelsaet.Bek301_2023 with { Navn = "p91-senere", P91UdelukketFra = new(2023, 6, 1) },
        "p91-undtaget" => Regelsaet.Bek301_2023 with { Navn = "p91-undtaget", P91UndtagneYdelser = [Ydelse.Sho] },
        "p91-undtaget-omvendt" => Regelsaet.Bek301_2023 with { Navn = "p91-undtaget-omvendt", P91UndtagneYdelser = [Ydelse.Sho, Ydelse.Uddannelseshjaelp] },
        "uden-p91-undtaget" => Regelsaet.Bek2019 with { Navn = "uden-p91-undtaget", P91UndtagneYdelser = [Ydelse.Dagpenge] },
        "personligt-senere" => Regelsaet.Bek301_2023 with { Navn = "personligt-senere", FoersteJobsamtalePersonligtFra = new(2024, 1, 1) },
        "kun-barsel" => Regelsaet.Bek301_2023 with { Navn = "kun-barsel", DoedeAarsager = [FritagelseAarsag.Barsel] },
        "doede-omvendt" => Regelsaet.Bek301_2023 with { Navn = "doede-omvendt", DoedeAarsager = [FritagelseAarsag.Standby, FritagelseAarsag.Barsel] },
        "dage-30" => Regelsaet.Bek301_2023 with { Navn = "dage-30", ForloebBrud = ForloebBrud.Dage, MaxGapDage = 30 },
        "dage-31" => Regelsaet.Bek301_2023 with { Navn = "dage-31", ForloebBrud = ForloebBrud.Dage, MaxGapDage = 31 },
        "gab-uden-betydning" => Regelsaet.Bek301_2023 with { Navn = "gab-uden-betydning", MaxGapDage = 45 },
        "uden-skift" => Regelsaet.Bek301_2023 with { Navn = "uden-skift", FortsaettendeSkift = [] },
        "skift-omvendt" => Regelsaet.Bek301_2023 with
        {
            Navn = "skift-omvendt",
            FortsaettendeSkift = [(Ydelse.Sho, Ydelse.Kontanthjaelp), (Ydelse.Sho, Ydelse.Uddannelseshjaelp)],
        },
        "skift-modsat" => Regelsaet.Bek301_2023 with { Navn = "skift-modsat", FortsaettendeSkift = [(Ydelse.Uddannelseshjaelp, Ydelse.Sho)] },
        _ => throw new ArgumentOutOfRangeException(nameof(navn), navn, null),
    };
}
