using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;

namespace SkaerpetTilsyn.Core.Regler;

/// <summary>Every number, date, list and mode of the rules (SPEC §6); one key of the JSON file per property.</summary>
/// <remarks>Immutable once built; the lookups used on the hot path are bit masks computed when a list is set (also by <c>with</c>).</remarks>
public sealed record Regelsaet
{
    private readonly IReadOnlyList<(Ydelse Fra, Ydelse Til)> _fortsaettendeSkift = [];
    private readonly IReadOnlyList<FritagelseAarsag> _doedeAarsager = [];
    private readonly IReadOnlyList<Ydelse> _p91UndtagneYdelser = [];
    private readonly IReadOnlyList<YearMonth> _udelukkedeMaaneder = [];
    private readonly IReadOnlyList<Fokusmaal> _aktiveFokusmaal = [];
    private ulong _skiftMaske;
    private uint _doedeMaske;
    private uint _p91Maske;
    private uint _aktiveMaske;

    public required string Navn { get; init; }

    public required decimal Fm1GraensePct { get; init; }

    public required decimal Fm2GraensePct { get; init; }

    public required int MinForloebDage { get; init; }

    public required int VindueDage { get; init; }

    public required ForloebBrud ForloebBrud { get; init; }

    public required int MaxGapDage { get; init; }

    /// <summary>Ydelsesskift (from, to) that continue the forløb instead of starting a new one.</summary>
    public required IReadOnlyList<(Ydelse Fra, Ydelse Til)> FortsaettendeSkift
    {
        get => _fortsaettendeSkift;
        init
        {
            _fortsaettendeSkift = value;
            _skiftMaske = 0;
            foreach (var (fra, til) in value)
            {
                _skiftMaske |= 1UL << Skift(fra, til);
            }
        }
    }

    public required decimal MinTimer { get; init; }

    public required int MinSamtaler { get; init; }

    public required decimal FritagelseMaxAndel { get; init; }

    public required IReadOnlyList<FritagelseAarsag> DoedeAarsager
    {
        get => _doedeAarsager;
        init
        {
            _doedeAarsager = value;
            _doedeMaske = Maske(value);
        }
    }

    /// <summary>From this date a § 91 offer (<see cref="TilbudType.OevrigVejledning"/>) no longer counts, except for <see cref="P91UndtagneYdelser"/>; null: always counts.</summary>
    public required LocalDate? P91UdelukketFra { get; init; }

    public required IReadOnlyList<Ydelse> P91UndtagneYdelser
    {
        get => _p91UndtagneYdelser;
        init
        {
            _p91UndtagneYdelser = value;
            _p91Maske = Maske(value);
        }
    }

    /// <summary>From this date the first jobsamtale of a forløb counts only when held in person; null: no such rule.</summary>
    public required LocalDate? FoersteJobsamtalePersonligtFra { get; init; }

    public required Gennemsnit Gennemsnit { get; init; }

    public required IReadOnlyList<YearMonth> UdelukkedeMaaneder
    {
        get => _udelukkedeMaaneder;
        init
        {
            _udelukkedeMaaneder = value;
        }
    }

    public required IReadOnlyList<Fokusmaal> AktiveFokusmaal
    {
        get => _aktiveFokusmaal;
        init
        {
            _aktiveFokusmaal = value;
            _aktiveMaske = Maske(value);
        }
    }

    public required decimal AdmMinTilbudPct { get; init; }

    public required decimal AdmMinSamtalerPct { get; init; }

    /// <summary>The default: bekendtgørelse nr. 301 af 20. marts 2023.</summary>
    public static Regelsaet Bek301_2023 { get; } = new()
    {
        Navn = "bek-301-2023",
        Fm1GraensePct = 30,
        Fm2GraensePct = 20,
        MinForloebDage = 365,
        VindueDage = 365,
        ForloebBrud = ForloebBrud.HelKalendermaaned,
        MaxGapDage = 0,
        FortsaettendeSkift = [(Ydelse.Sho, Ydelse.Uddannelseshjaelp), (Ydelse.Sho, Ydelse.Kontanthjaelp)],
        MinTimer = 100,
        MinSamtaler = 4,
        FritagelseMaxAndel = 0.5m,
        DoedeAarsager = [FritagelseAarsag.Barsel, FritagelseAarsag.Standby],
        P91UdelukketFra = new LocalDate(2023, 3, 22),
        P91UndtagneYdelser = [Ydelse.Uddannelseshjaelp, Ydelse.Sho],
        FoersteJobsamtalePersonligtFra = new LocalDate(2023, 3, 22),
        Gennemsnit = Gennemsnit.Maanedsandele,
        UdelukkedeMaaneder = [],
        AktiveFokusmaal = [Fokusmaal.Fm1, Fokusmaal.Fm2],
        AdmMinTilbudPct = 70,
        AdmMinSamtalerPct = 80,
    };

    /// <summary>The original 2019 rules: 225 hours, no § 91 exclusion and no first-samtale rule.</summary>
    public static Regelsaet Bek2019 { get; } = Bek301_2023 with
    {
        Navn = "bek-2019",
        MinTimer = 225,
        P91UdelukketFra = null,
        FoersteJobsamtalePersonligtFra = null,
    };

    /// <summary>The built-in rule sets by name.</summary>
    public static IReadOnlyDictionary<string, Regelsaet> Indbyggede { get; } = new Dictionary<string, Regelsaet>(StringComparer.Ordinal)
    {
        [Bek301_2023.Navn] = Bek301_2023,
        [Bek2019.Navn] = Bek2019,
    };

    public bool ErDoed(FritagelseAarsag aarsag) => (_doedeMaske & (1u << (int)aarsag)) != 0;

    public bool ErAktiv(Fokusmaal fokusmaal) => (_aktiveMaske & (1u << (int)fokusmaal)) != 0;

    public bool ErP91Undtaget(Ydelse ydelse) => (_p91Maske & (1u << (int)ydelse)) != 0;

    // Not on the per-person path: only when averaging months.
    public bool ErUdelukket(YearMonth maaned) => _udelukkedeMaaneder.Contains(maaned);

    public bool Fortsaetter(Ydelse fra, Ydelse til) => (_skiftMaske & (1UL << Skift(fra, til))) != 0;

    public decimal GraensePct(Fokusmaal fokusmaal) => fokusmaal switch
    {
        Fokusmaal.Fm1 => Fm1GraensePct,
        Fokusmaal.Fm2 => Fm2GraensePct,
        _ => ThrowHelper.UnknownValue<decimal>(fokusmaal),
    };

    private static int Skift(Ydelse fra, Ydelse til) => ((int)fra * 8) + (int)til;

    private static uint Maske<T>(IReadOnlyList<T> koder)
        where T : struct, Enum
    {
        uint maske = 0;
        foreach (var k in koder)
        {
            maske |= 1u << Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture);
        }

        return maske;
    }
}
