using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Forklaring;
using SkaerpetTilsyn.Core.Forloeb;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Maaling;

namespace SkaerpetTilsyn.Core.Tests.Forklaring;

public class ForklarerTests
{
    private static readonly YearMonth s_januar = new(2023, 1);

    public static TheoryData<string, int> Regelsaetnavne => new()
    {
        { "bek-301-2023", 1 },
        { "bek-2019", 2 },
        { "dage", 3 },
    };

    [Theory]
    [MemberData(nameof(Regelsaetnavne))]
    public void Forklar_HverPersonHverMaaned_SummererTilOpgoerelsensTaellere(string navn, int seed)
    {
        var regler = Hent(navn);
        var personer = Tilfaeldigepersoner.Lav(400, seed);
        var maaler = new Maaler(regler, s_januar, new YearMonth(2023, 12), null);
        foreach (var p in personer)
        {
            maaler.MaalPerson(p);
        }

        var forklarer = new Forklarer(regler);
        int maalt = 0;
        for (int m = 0; m < 12; m++)
        {
            var maaned = s_januar.PlusMonths(m);
            var egne = new Dictionary<(int, Ydelse), (int Maalgruppe, int UdenIndsats, int FaaSamtaler)>();
            foreach (var p in personer)
            {
                var f = forklarer.Forklar(p, maaned);
                (f.Status == Maalestatus.IMaalgruppe).Should().Be(f.Maaling is not null);
                if (f.Maaling is not { } ml)
                {
                    continue;
                }

                maalt++;
                ml.Kommune.Should().Be(f.Kommune);
                var (a, b, c) = egne.GetValueOrDefault((ml.Kommune, ml.Ydelse));
                egne[(ml.Kommune, ml.Ydelse)] = (a + 1, b + (ml.UdenIndsats ? 1 : 0), c + (ml.FaaSamtaler ? 1 : 0));
                BekraeftMarkeringer(f, ml);
            }

            foreach (int k in Tilfaeldigepersoner.Kommuner)
            {
                foreach (var y in Koder.AlleYdelser)
                {
                    var t = maaler.Taellere.Hent(k, m, y);
                    var (a, b, c) = egne.GetValueOrDefault((k, y));
                    (a, b, c).Should().Be((t.Maalgruppe, t.UdenIndsats, t.FaaSamtaler), $"kommune {k}, {maaned}, {Koder.Kode(y)}");
                }
            }
        }

        maalt.Should().BeGreaterThan(100, "the random set must put enough persons in the målgruppe to test anything");
    }

    [Fact]
    public void Forklar_P91TilbudEfterSkaeringsdato_MarkeresP91MedYdelsen()
    {
        var p = Person(Ydelse.Kontanthjaelp, new LocalDate(2022, 1, 1));
        p.Tilbud.Add(new Tilbud(new LocalDate(2023, 4, 1), new LocalDate(2023, 4, 30), TilbudType.OevrigVejledning));
        p.Tilbud.Add(new Tilbud(new LocalDate(2023, 3, 21), new LocalDate(2023, 4, 30), TilbudType.OevrigVejledning));

        var f = new Forklarer(Core.Regler.Regelsaet.Bek301_2023).Forklar(p, new YearMonth(2023, 6));

        f.Indsatser.Select(i => (i.Fra, i.Vurdering, i.P91Ydelse)).Should().Equal(
            (new LocalDate(2023, 3, 21), Indsatsvurdering.Taeller, (Ydelse?)null),
            (new LocalDate(2023, 4, 1), Indsatsvurdering.P91Udelukket, Ydelse.Kontanthjaelp));
        f.Maaling!.Value.TilbudIVindue.Should().Be(1);
    }

    public static TheoryData<SamtaleForm, Indsatsvurdering> FoersteJobsamtale => new()
    {
        { SamtaleForm.Personligt, Indsatsvurdering.Taeller },
        { SamtaleForm.Telefon, Indsatsvurdering.FoersteJobsamtaleIkkePersonligt },
        { SamtaleForm.Digital, Indsatsvurdering.FoersteJobsamtaleIkkePersonligt },
    };

    [Theory]
    [MemberData(nameof(FoersteJobsamtale))]
    public void Forklar_FoersteJobsamtaleIForloebet_KunPersonligTaeller(SamtaleForm form, Indsatsvurdering forventet)
    {
        var p = Person(Ydelse.Dagpenge, new LocalDate(2023, 4, 1));
        p.Samtaler.Add(new Samtale(new LocalDate(2023, 4, 3), SamtaleType.Jobsamtale, form));
        p.Samtaler.Add(new Samtale(new LocalDate(2023, 5, 3), SamtaleType.Jobsamtale, SamtaleForm.Telefon));

        var f = new Forklarer(Core.Regler.Regelsaet.Bek301_2023 with { MinForloebDage = 30 }).Forklar(p, new YearMonth(2023, 6));

        f.Indsatser.Select(i => i.Vurdering).Should().Equal(forventet, Indsatsvurdering.Taeller);
    }

    public static TheoryData<LocalDate, LocalDate, Indsatsvurdering> Timer => new()
    {
        { new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30), Indsatsvurdering.Taeller },
        { new LocalDate(2023, 6, 20), new LocalDate(2023, 7, 1), Indsatsvurdering.EfterVindue },
        { new LocalDate(2022, 6, 1), new LocalDate(2022, 6, 30), Indsatsvurdering.FoerVindue },
        { new LocalDate(2023, 6, 1), new LocalDate(2022, 7, 1), Indsatsvurdering.Taeller },
        { new LocalDate(2023, 6, 1), Datoer.Aaben, Indsatsvurdering.AabenTil },
    };

    [Theory]
    [MemberData(nameof(Timer))]
    public void Forklar_Timeperiode_VurderesEfterTil(LocalDate fra, LocalDate til, Indsatsvurdering forventet)
    {
        var p = Person(Ydelse.Dagpenge, new LocalDate(2021, 1, 1));
        p.Timer.Add(new Timeperiode(fra, til, 40));

        var f = new Forklarer(Core.Regler.Regelsaet.Bek301_2023).Forklar(p, new YearMonth(2023, 6));

        f.VindueStart.Should().Be(new LocalDate(2022, 7, 1));
        f.Indsatser.Should().ContainSingle().Which.Vurdering.Should().Be(forventet);
    }

    [Fact]
    public void Forklar_ForloebMedSkiftPauserOgDoedeDage_ForklarerHverOvergang()
    {
        var p = new Persondata();
        p.Nulstil("x");
        p.Ydelser.Add(new Ydelsesperiode(new LocalDate(2020, 1, 1), new LocalDate(2020, 5, 31), Ydelse.Dagpenge, 101));
        p.Ydelser.Add(new Ydelsesperiode(new LocalDate(2020, 8, 1), new LocalDate(2020, 12, 31), Ydelse.Sho, 101));
        p.Ydelser.Add(new Ydelsesperiode(new LocalDate(2021, 1, 1), new LocalDate(2021, 3, 15), Ydelse.Kontanthjaelp, 101));
        p.Ydelser.Add(new Ydelsesperiode(new LocalDate(2021, 4, 20), new LocalDate(2021, 12, 31), Ydelse.Kontanthjaelp, 147));
        p.Ydelser.Add(new Ydelsesperiode(new LocalDate(2022, 1, 1), Datoer.Aaben, Ydelse.Sygedagpenge, 147));
        p.Fritagelser.Add(new Fritagelse(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31), FritagelseAarsag.Barsel));

        var f = new Forklarer(Core.Regler.Regelsaet.Bek301_2023).Forklar(p, new YearMonth(2022, 6));

        f.Overgange.Select(o => o.Udfald).Should().Equal(
            Overgangsudfald.NytForloebPause,
            Overgangsudfald.FortsaettendeSkift,
            Overgangsudfald.PauseUdenBrud,
            Overgangsudfald.NytForloebYdelsesskift);
        f.Overgange[2].TilKommune.Should().Be(147);
        f.Forloeb.Select(x => (x.Start, x.Aarsag)).Should().Equal(
            (new LocalDate(2020, 1, 1), Brudaarsag.Foerste),
            (new LocalDate(2020, 8, 1), Brudaarsag.Pause),
            (new LocalDate(2022, 1, 1), Brudaarsag.Ydelsesskift));
        f.ForloebNr.Should().Be(3);
        f.DoedePerioder.Should().Equal(new Datoperiode(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31)));
        f.DoedeDage.Should().Be(31);
        f.TaelledeDage.Should().Be(181 - 31);
        f.Status.Should().Be(Maalestatus.ForKortForloeb);
        f.Kommune.Should().Be(147);
    }

    [Fact]
    public void Forklar_IngenYdelseIMaaneden_IngenForloebOgIngenIndsatser()
    {
        var p = Person(Ydelse.Dagpenge, new LocalDate(2021, 1, 1));
        p.Ydelser[0] = p.Ydelser[0] with { Til = new LocalDate(2022, 12, 31) };
        p.Samtaler.Add(new Samtale(new LocalDate(2023, 1, 5), SamtaleType.Jobsamtale, SamtaleForm.Personligt));

        var f = new Forklarer(Core.Regler.Regelsaet.Bek301_2023).Forklar(p, new YearMonth(2023, 1));

        f.Status.Should().Be(Maalestatus.IngenYdelse);
        f.ForloebNr.Should().BeNull();
        f.Indsatser.Should().BeEmpty();
        f.Statusloeb.Should().ContainSingle();
    }

    private static Persondata Person(Ydelse ydelse, LocalDate fra)
    {
        var p = new Persondata();
        p.Nulstil("x");
        p.Ydelser.Add(new Ydelsesperiode(fra, Datoer.Aaben, ydelse, 101));
        return p;
    }

    private static void BekraeftMarkeringer(Core.Forklaring.Forklaring f, Personmaaling ml)
    {
        var taeller = f.Indsatser.Where(i => i.Vurdering == Indsatsvurdering.Taeller).ToList();
        taeller.Count(i => i.Art == Indsatsart.Tilbud).Should().Be(ml.TilbudIVindue, f.PersonId);
        taeller.Count(i => i.Art == Indsatsart.Samtale).Should().Be(ml.SamtalerIVindue, f.PersonId);
        taeller.Where(i => i.Art == Indsatsart.Timer).Sum(i => i.Timer!.Value).Should().Be(ml.TimerIVindue, f.PersonId);
    }

    private static Core.Regler.Regelsaet Hent(string navn) => navn == "dage"
        ? Core.Regler.Regelsaet.Bek301_2023 with { ForloebBrud = ForloebBrud.Dage, MaxGapDage = 20 }
        : Core.Regler.Regelsaet.Indbyggede[navn];
}
