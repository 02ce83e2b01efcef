using NodaTime;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.Core.Monitorering;

/// <summary>Recovery planning (SPEC §7 <c>plan.csv</c>, §11.4): the highest share a kommune can afford over the rest of the year and still meet a fokusmål, or the § 11 bound, at the next opgørelse.</summary>
/// <remarks>
/// The annual figure is averaged as <see cref="Aarsfigur"/> does. With k measured months that count, shares s_i, R remaining months and bound g:
/// under <c>maanedsandele</c> the average share x of the remaining months must satisfy x &lt; (g·(k + R) − Σ s_i) / R, assuming every remaining month
/// has a målgruppe; under <c>samlet</c>, with pooled counts A of målgruppe G so far and the current målgruppe M in each remaining month,
/// x &lt; (g·(G + R·M) − 100·A) / (R·M). Against an inclusive bound (§ 11 with b ≥ t) every &lt; is ≤. All in exact <see cref="Brok"/> arithmetic.
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
        return Plan(Udgangspunkt.For(taellere, kommune, fokusmaal, til, regler), kommune, til, regler);
    }

    /// <summary>The plan of a kommune under skærpet tilsyn with <paramref name="basis"/> for <paramref name="fokusmaal"/>, also against the § 11 bound that extends the tilsyn (SPEC §11.4).</summary>
    public static Genopretningsplan BeregnUnderSkaerpetTilsyn(Maanedstaellere taellere, int kommune, Fokusmaal fokusmaal, YearMonth til, Regelsaet regler, decimal? basis)
    {
        ArgumentNullException.ThrowIfNull(taellere);
        ArgumentNullException.ThrowIfNull(regler);
        var u = Udgangspunkt.For(taellere, kommune, fokusmaal, til, regler);

        // The bound the opgørelse decides forlænget by (HalvForbedring), so the plan and the decision cannot drift apart.
        var (graense, inklusiv) = HalvForbedring.Graense(basis, regler.GraensePct(fokusmaal));
        var (maks, kan, personer) = u.Mod(graense, inklusiv);
        return Plan(u, kommune, til, regler) with { Forlaengelse = new Forlaengelsesplan(graense, inklusiv, maks, personer, kan) };
    }

    private static Genopretningsplan Plan(Udgangspunkt u, int kommune, YearMonth til, Regelsaet regler)
    {
        var (maks, kanNaas, personer) = u.Mod(Brok.Fra(regler.GraensePct(u.Fokusmaal)), inklusiv: false);
        return new Genopretningsplan(
            kommune, u.Fokusmaal, til, u.Hidtil.Maaneder, u.Resterende, u.AarstalHidtil, u.Nu.Andel(u.Fokusmaal), maks, u.Nu.Maalgruppe, personer, kanNaas);
    }

    /// <summary>What the year so far gives to plan from: the months that count, the months remaining, the <c>--til</c> month.</summary>
    private readonly record struct Udgangspunkt(Maanedssum Hidtil, int Resterende, Taelling Nu, Fokusmaal Fokusmaal, Gennemsnit Gennemsnit)
    {
        public Brok? AarstalHidtil => Hidtil.Figur(Gennemsnit);

        public static Udgangspunkt For(Maanedstaellere taellere, int kommune, Fokusmaal fokusmaal, YearMonth til, Regelsaet regler)
        {
            var maalt = Maaleperiode.AaretTilOgMed(til);
            if (!taellere.Periode.Indeholder(maalt))
            {
                throw new ArgumentException("Tællerne dækker ikke årets måneder frem til den sidste måned.", nameof(taellere));
            }

            int resterende = 0;
            foreach (var m in Maaleperiode.RestenAfAaret(til))
            {
                resterende += regler.ErUdelukket(m) ? 0 : 1;
            }

            return new Udgangspunkt(
                Aarsfigur.Summer(taellere, kommune, null, fokusmaal, maalt, regler), resterende, taellere.HentAlle(kommune, taellere.Indeks(til)), fokusmaal, regler.Gennemsnit);
        }

        /// <summary>The bound for the rest of the year, whether <paramref name="graense"/> can still be kept, and the persons fewer per month that takes.</summary>
        public (Brok? Maks, bool Kan, int? Personer) Mod(Brok graense, bool inklusiv)
        {
            var maks = MaksAndelResten(graense);

            // Shares cannot go below zero: a strict bound at or below zero cannot be kept, an inclusive one only from zero up.
            // Without a bound for the rest the figure so far is final; an undefined figure keeps any bound (SPEC §8.8, §8.9).
            bool kan = maks is { } b
                ? (inklusiv ? b >= Brok.Nul : b > Brok.Nul)
                : AarstalHidtil is not { } h || (inklusiv ? h <= graense : h < graense);
            int? personer = kan && maks is { } g && Nu.Maalgruppe > 0 ? Faerre(Nu.Antal(Fokusmaal), g, Nu.Maalgruppe, inklusiv) : null;
            return (maks, kan, personer);
        }

        /// <summary>The bound the average share of the remaining months must keep; null when no remaining month can move the figure.</summary>
        private Brok? MaksAndelResten(Brok graense)
        {
            switch (Gennemsnit)
            {
                case Gennemsnit.Maanedsandele:
                    return Resterende == 0 ? null : ((graense * new Brok(Hidtil.Maaneder + Resterende, 1)) - Hidtil.Andele) / new Brok(Resterende, 1);
                case Gennemsnit.Samlet:
                    // Pooled counts: remaining months without a målgruppe add nothing, so they cannot move the figure.
                    long kommende = (long)Resterende * Nu.Maalgruppe;
                    return kommende == 0
                        ? null
                        : ((graense * new Brok(Hidtil.Maalgruppe + kommende, 1)) - new Brok(Hidtil.Antal * 100, 1)) / new Brok(kommende, 1);
                default:
                    return ThrowHelper.UnknownValue<Brok?>(Gennemsnit);
            }
        }
    }

    /// <summary>Fewer persons per month than <paramref name="antal"/> needed to keep <paramref name="maks"/> percent of <paramref name="maalgruppe"/>: strictly under it, or at most it when <paramref name="inklusiv"/>.</summary>
    private static int Faerre(int antal, Brok maks, int maalgruppe, bool inklusiv)
    {
        // Strict: at most p persons with p < maks·M/100, i.e. p = ⌈maks·M/100⌉ − 1, so antal − p = ⌊antal − maks·M/100⌋ + 1.
        // Inclusive: p ≤ maks·M/100, i.e. p = ⌊maks·M/100⌋, so antal − p = ⌈antal − maks·M/100⌉ = −⌊maks·M/100 − antal⌋.
        var overskud = new Brok(antal, 1) - (maks * new Brok(maalgruppe, 1) / s_hundrede);
        var faerre = inklusiv ? -(Brok.Nul - overskud).RundNed() : overskud.RundNed() + 1;
        return faerre.Sign > 0 ? (int)faerre : 0;
    }
}
