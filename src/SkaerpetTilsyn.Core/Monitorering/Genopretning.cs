using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Recovery planning (SPEC §7 <c>plan.csv</c>): the highest share a kommune can afford over the rest of the year and still meet a fokusmål at the next opgørelse.</summary>
/// <remarks>
/// The annual figure is averaged as <see cref="Aarsfigur"/> does. With k measured months that count, shares s_i, R remaining months and threshold t:
/// under <c>maanedsandele</c> the average share x of the remaining months must satisfy x &lt; (t·(k + R) − Σ s_i) / R, assuming every remaining month
/// has a målgruppe; under <c>samlet</c>, with pooled counts A of målgruppe G so far and the current målgruppe M in each remaining month,
/// x &lt; (t·(G + R·M) − 100·A) / (R·M). All in exact <see cref="Brok"/> arithmetic.
/// </remarks>
internal static class Genopretning
{
    private static readonly Brok s_hundrede = new(100, 1);

    /// <summary>The plan for <paramref name="fokusmaal"/> of <paramref name="kommune"/> with January to <paramref name="til"/> measured.</summary>
    /// <remarks><paramref name="taellere"/> must cover January to <paramref name="til"/> of <paramref name="til"/>'s year.</remarks>
    public static Genopretningsplan Beregn(Maanedstaellere taellere, int kommune, Fokusmaal fokusmaal, YearMonth til, Regelsaet regler)
    {
        ArgumentNullException.ThrowIfNull(taellere);
        ArgumentNullException.ThrowIfNull(regler);
        var maalt = Maaleperiode.AaretTilOgMed(til);
        if (!taellere.Periode.Indeholder(maalt))
        {
            throw new ArgumentException("Tællerne dækker ikke årets måneder frem til den sidste måned.", nameof(taellere));
        }

        var graense = Brok.Fra(regler.GraensePct(fokusmaal));
        var hidtil = Aarsfigur.Summer(taellere, kommune, null, fokusmaal, maalt, regler);
        int resterende = 0;
        foreach (var m in Maaleperiode.RestenAfAaret(til))
        {
            resterende += regler.ErUdelukket(m) ? 0 : 1;
        }

        var nu = taellere.HentAlle(kommune, taellere.Indeks(til));
        var aarstalHidtil = hidtil.Figur(regler.Gennemsnit);
        var maks = MaksAndelResten(hidtil, resterende, nu.Maalgruppe, graense, regler.Gennemsnit);

        // Shares cannot go below zero, so a bound at or below zero cannot be kept; without a bound the figure so far is final.
        bool kanNaas = maks is { } b ? b > Brok.Nul : aarstalHidtil is not { } h || h < graense;
        int? personer = kanNaas && maks is { } g && nu.Maalgruppe > 0 ? Faerre(nu.Antal(fokusmaal), g, nu.Maalgruppe) : null;
        return new Genopretningsplan(kommune, fokusmaal, til, hidtil.Maaneder, resterende, aarstalHidtil, nu.Andel(fokusmaal), maks, nu.Maalgruppe, personer, kanNaas);
    }

    /// <summary>The bound the average share of the <paramref name="resterende"/> months must stay under; null when no remaining month can move the figure.</summary>
    private static Brok? MaksAndelResten(Maanedssum hidtil, int resterende, int maalgruppe, Brok graense, Gennemsnit gennemsnit)
    {
        switch (gennemsnit)
        {
            case Gennemsnit.Maanedsandele:
                return resterende == 0 ? null : ((graense * new Brok(hidtil.Maaneder + resterende, 1)) - hidtil.Andele) / new Brok(resterende, 1);
            case Gennemsnit.Samlet:
                // Pooled counts: remaining months without a målgruppe add nothing, so they cannot move the figure.
                long kommende = (long)resterende * maalgruppe;
                return kommende == 0
                    ? null
                    : ((graense * new Brok(hidtil.Maalgruppe + kommende, 1)) - new Brok(hidtil.Antal * 100, 1)) / new Brok(kommende, 1);
            default:
                return ThrowHelper.UnknownValue<Brok?>(gennemsnit);
        }
    }

    /// <summary>Fewer persons per month than <paramref name="antal"/> needed to stay strictly under <paramref name="maks"/> percent of <paramref name="maalgruppe"/>.</summary>
    private static int Faerre(int antal, Brok maks, int maalgruppe)
    {
        // At most p persons with p < maks·M/100, i.e. p = ⌈maks·M/100⌉ − 1, so antal − p = ⌊antal − maks·M/100⌋ + 1.
        var overskud = new Brok(antal, 1) - (maks * new Brok(maalgruppe, 1) / s_hundrede);
        var faerre = overskud.RundNed() + 1;
        return faerre.Sign > 0 ? (int)faerre : 0;
    }
}
