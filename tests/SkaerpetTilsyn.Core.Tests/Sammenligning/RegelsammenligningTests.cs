using System.Collections;
using System.Globalization;
using NodaTime;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Sammenligning;

namespace SkaerpetTilsyn.Core.Tests.Sammenligning;

public class RegelsammenligningTests
{
    private static readonly LocalDate s_meddelelse = Frister.StandardMeddelelse(2023);

    [Fact]
    public void Beregn_SammeRegelsaet_IngenAendringer()
    {
        var personer = Personer.Blandet(80, seed: 3);
        var r = Sammenlign(personer, Regelsaet.Bek301_2023, Regelsaet.Bek301_2023, Benchmark(101, 147));

        r.Raekker.Select(x => x.Kommune).Should().Equal(101, 147);
        r.Raekker.Should().OnlyContain(x => !x.Aendret && x.A!.Fm1 == x.B!.Fm1 && x.A.Fm2 == x.B.Fm2);
    }

    [Fact]
    public void Beregn_Personer_GennemloebesEnGang()
    {
        var personer = new TaellendeSekvens(Personer.Blandet(20, seed: 5));
        Sammenlign(personer, Regelsaet.Bek301_2023, Regelsaet.Bek2019, Benchmark(101, 147));
        personer.Gennemloeb.Should().Be(1);
    }

    [Fact]
    public void Beregn_KunMinTimerForskellig_AendrerPraeciesPersonerneMellemDeToVaerdier()
    {
        // One person per kommune, none with a tilbud, hours paid in June 2023: only 100 ≤ hours < 225 separates the rule sets.
        decimal[] timer = [0m, 99.99m, 100m, 150m, 224.99m, 225m, 300m];
        var kommuner = Kommuneliste.Alle.Take(timer.Length).Select(k => k.Kode).ToArray();
        var personer = new List<Persondata>();
        for (int i = 0; i < timer.Length; i++)
        {
            var p = Personer.PaaYdelse(i.ToString(CultureInfo.InvariantCulture), kommuner[i], new LocalDate(2021, 1, 1));
            p.Timer.Add(new Timeperiode(new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30), timer[i]));
            personer.Add(p);
        }

        var a = Regelsaet.Bek301_2023;
        var b = a with { Navn = "timer-225", MinTimer = 225 };
        var r = Sammenlign(personer, a, b, Benchmark(kommuner));

        for (int i = 0; i < timer.Length; i++)
        {
            for (int m = 0; m < 12; m++)
            {
                var maaned = new YearMonth(2023, 1).PlusMonths(m);
                var ta = r.A.Taellere.HentAlle(kommuner[i], r.A.Taellere.Indeks(maaned));
                var tb = r.B.Taellere.HentAlle(kommuner[i], r.B.Taellere.Indeks(maaned));
                bool forventetForskel = maaned.Month >= 6 && timer[i] >= 100 && timer[i] < 225;
                (ta.UdenIndsats != tb.UdenIndsats).Should().Be(forventetForskel, $"{timer[i]} timer i {maaned}");
                tb.Maalgruppe.Should().Be(ta.Maalgruppe);
                tb.FaaSamtaler.Should().Be(ta.FaaSamtaler);
            }
        }
    }

    [Fact]
    public void Beregn_AfgoerelseSkifter_RaekkenErAendret()
    {
        // Every window holds 120–260 hours and 12 samtaler: enough under 100 hours, uden indsats under 225, so only B fails fokusmål 1.
        var p = Personer.PaaYdelse("A", 101, new LocalDate(2021, 1, 1));
        for (int m = 1; m <= 12; m++)
        {
            p.Timer.Add(new Timeperiode(new LocalDate(2023, m, 1), new LocalDate(2023, m, 10), 10));
            p.Samtaler.Add(new Samtale(new LocalDate(2022, m, 5), SamtaleType.Jobsamtale, SamtaleForm.Personligt));
            p.Samtaler.Add(new Samtale(new LocalDate(2023, m, 5), SamtaleType.Jobsamtale, SamtaleForm.Personligt));
        }

        p.Timer.Add(new Timeperiode(new LocalDate(2022, 12, 1), new LocalDate(2022, 12, 31), 150));
        var b = Regelsaet.Bek301_2023 with { Navn = "timer-225", MinTimer = 225 };
        Benchmarkraekke[] bench = [new(2023, 101, 20m, 10m, "20", "10")];

        var r = Sammenlign([p], Regelsaet.Bek301_2023, b, bench);

        var raekke = r.Raekker.Single();
        raekke.A!.Type.Should().Be(Afgoerelsestype.IkkeOmfattet);
        raekke.B!.Type.Should().Be(Afgoerelsestype.Udvalgt);
        raekke.Aendret.Should().BeTrue();
    }

    private static Regelsammenligningsresultat Sammenlign(IEnumerable<Persondata> personer, Regelsaet a, Regelsaet b, Benchmarkraekke[] benchmark) =>
        new Regelsammenligning(2023, a, b, s_meddelelse).Beregn(personer, new Beregningsgrundlag(benchmark, null, Personer.Periode(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31))));

    private static Benchmarkraekke[] Benchmark(params int[] kommuner) =>
        [.. kommuner.Select(k => new Benchmarkraekke(2023, k, 10m, 12m, "10", "12"))];

    private sealed class TaellendeSekvens(IReadOnlyList<Persondata> personer) : IEnumerable<Persondata>
    {
        public int Gennemloeb { get; private set; }

        public IEnumerator<Persondata> GetEnumerator()
        {
            Gennemloeb++;
            return personer.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
