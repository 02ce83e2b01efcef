using System.Globalization;
using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Tal;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>Values in Danish notation for the letters (SPEC §11.1): long dates, decimal comma and a space before %.</summary>
internal static class DanskTekst
{
    private static readonly string[] s_maaneder =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly string[] s_ydelser =
    [
        "arbejdsløshedsdagpenge", "sygedagpenge", "selvforsørgelses- og hjemrejseydelse eller overgangsydelse", "uddannelseshjælp",
        "kontanthjælp", "revalideringsydelse", "ressourceforløbsydelse", "ledighedsydelse",
    ];

    /// <summary>A long Danish date, e.g. <c>31. juli 2024</c>; empty when absent.</summary>
    public static string LangDato(LocalDate? dato) =>
        dato is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Day}. {s_maaneder[d.Month - 1]} {d.Year}") : "";

    /// <summary>An exact percentage with two decimals rounded half away from zero, e.g. <c>51,78 %</c>; empty when undefined.</summary>
    public static string Procent(Brok? v) => DanskeTal.Procent(v) ?? "";

    /// <summary>A stored percentage (threshold or basis) with two decimals, e.g. <c>30,00 %</c>; empty when absent.</summary>
    public static string Procent(decimal? v) => MedKomma(Formater.Procent(v));

    /// <summary>A percentage given as text in the input (<c>benchmark.csv</c>), echoed with a decimal comma, e.g. <c>17,2 %</c>.</summary>
    public static string ProcentSomGivet(string tekst) => MedKomma(tekst);

    /// <summary>The ydelse's Danish name as in bekendtgørelsens § 2 stk. 2.</summary>
    public static string Navn(Ydelse ydelse) => s_ydelser[(int)ydelse];

    private static string MedKomma(string? punktum) => string.IsNullOrEmpty(punktum) ? "" : DanskeTal.Procenttekst(punktum);
}
