using System.Globalization;
using System.Text;
using SkaerpetTilsyn.Core.Beregning;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.IO.Inddata;
using SkaerpetTilsyn.Testvaerktoej;

namespace SkaerpetTilsyn.IO.Tests.Inddata;

/// <summary>SPEC §9.1 through the reader: what stops a run after reading and before the computation is finished, and in which order.</summary>
public sealed class AfvisningskontrolTests : IDisposable
{
    private const string Henvisning = " – skaerpet valider lister dem alle, og --max-afviste-pct hæver grænsen.";
    private const string DaarligYdelse = "p999,411,dagpenge,2023-01-01,";

    private readonly Datamappe _mappe = new();

    // Rows: the files written (name → content), --max-afviste-pct, the expected message (null: the run goes on).
    public static TheoryData<string, Dictionary<string, string>, decimal, string?> Tilfaelde => new()
    {
        { "1 of 100 rejected is exactly 1 %: goes on", new() { ["ydelser.csv"] = Ydelser(99, 1) }, 1m, null },
        {
            "2 of 100 rejected is above 1 %", new() { ["ydelser.csv"] = Ydelser(98, 2) }, 1m,
            "For mange afviste rækker (mere end 1 % af en fil): ydelser.csv 2 af 100 (2,0 %), oftest ukendt kommune (2 gange, første gang i linje 100)" + Henvisning
        },
        { "2 of 100 under a limit of 2 %", new() { ["ydelser.csv"] = Ydelser(98, 2) }, 2m, null },
        {
            "a limit of 0 % stops on one row", new() { ["ydelser.csv"] = Ydelser(999, 1) }, 0m,
            "For mange afviste rækker (mere end 0 % af en fil): ydelser.csv 1 af 1.000 (0,1 %), oftest ukendt kommune (1 gang, første gang i linje 1001)" + Henvisning
        },
        {
            "a fractional limit: 1 of 800 = 0.125 % > 0.12", new() { ["ydelser.csv"] = Ydelser(799, 1) }, 0.12m,
            "For mange afviste rækker (mere end 0,12 % af en fil): ydelser.csv 1 af 800 (0,1 %), oftest ukendt kommune (1 gang, første gang i linje 801)" + Henvisning
        },
        { "1 of 800 under 0.125 %", new() { ["ydelser.csv"] = Ydelser(799, 1) }, 0.125m, null },
        { "100 turns the check off", new() { ["ydelser.csv"] = Ydelser(1, 9) }, 100m, null },
        {
            "every file over the limit is named, each with its most common reason",
            new()
            {
                ["ydelser.csv"] = Ydelser(1, 0),
                ["tilbud.csv"] = $"{Datamappe.TilbudHeader}\np001,17-06-2021,2021-06-30,vejledning\np001,18-06-2021,2021-06-30,kursus\np001,2021-06-01,2021-06-30,kursus\n",
                ["timer.csv"] = $"{Datamappe.TimerHeader}\np001,2023-01-01,2023-01-31,\"7,5\"\np001,2023-02-01,2023-02-28,10\np001,2023-03-01,2023-03-31,10\n",
            },
            1m,
            "For mange afviste rækker (mere end 1 % af en fil): tilbud.csv 3 af 3 (100,0 %), oftest ugyldig dato i 'fra' (2 gange, første gang i linje 2); "
                + "timer.csv 1 af 3 (33,3 %), oftest ugyldigt tal i 'timer' (1 gang, første gang i linje 2)" + Henvisning
        },
        {
            "duplicates are not rejections", new() { ["ydelser.csv"] = $"{Datamappe.YdelserHeader}\np001,101,dagpenge,2023-01-01,\np001,101,dagpenge,2023-01-01,\n" }, 0m, null
        },
        {
            "rejected benchmark rows are not a person file's", new() { ["ydelser.csv"] = Ydelser(1, 0), ["benchmark.csv"] = $"{Datamappe.BenchmarkHeader}\n2023,101,\"16,4\",15\n" }, 0m, null
        },
        {
            "a rejected status row stops the run, and comes first",
            new() { ["ydelser.csv"] = Ydelser(1, 9), ["status.csv"] = $"{Datamappe.StatusHeader}\n101,skaerpet,2022,40.00,20.00\n147,Skærpet,2022,40.00,20.00\n" },
            1m,
            "status.csv linje 3: ukendt status 'Skærpet'; en afvist statusrække stopper kørslen, for ellers ville kommunen uden varsel få status ingen."
        },
        {
            "more rejected status rows: the first is named, the others counted",
            new() { ["ydelser.csv"] = Ydelser(1, 0), ["status.csv"] = $"{Datamappe.StatusHeader}\n101,skaerpet,2022,40,00,20.00\n147,skaerpet,,,\n151,x,,,\n" },
            1m,
            "status.csv linje 2: forkert antal felter: 6, overskriften har 5 (og 2 afviste rækker mere); en afvist statusrække stopper kørslen, for ellers ville kommunen uden varsel få status ingen."
        },
        {
            "a ydelser file with only its header", new() { ["ydelser.csv"] = Datamappe.YdelserHeader + "\n" }, 1m,
            "ydelser.csv har ingen brugbare rækker (0 læst, 0 afvist), så der er ingen ydelsesforløb at måle; kontrollér udtrækket."
        },
        {
            "a ydelser file whose every row is rejected, with the share check off", new() { ["ydelser.csv"] = Ydelser(0, 3) }, 100m,
            "ydelser.csv har ingen brugbare rækker (3 læst, 3 afvist), så der er ingen ydelsesforløb at måle; kontrollér udtrækket."
        },
        {
            "the share check comes before the empty ydelser file",
            new() { ["tilbud.csv"] = $"{Datamappe.TilbudHeader}\np001,17-06-2021,2021-06-30,vejledning\n" }, 1m,
            "For mange afviste rækker (mere end 1 % af en fil): tilbud.csv 1 af 1 (100,0 %), oftest ugyldig dato i 'fra' (1 gang, første gang i linje 2)" + Henvisning
        },
    };

    [Theory]
    [MemberData(nameof(Tilfaelde))]
    public void Laes_AfvisteRaekker_StopperFoerBeregningenAfsluttes(string tilfaelde, Dictionary<string, string> filer, decimal maks, string? fejl)
    {
        foreach (var (navn, indhold) in filer)
        {
            _mappe.Skriv(navn, indhold);
        }

        var beregning = new Afslutningstaeller();
        var valg = new Indlaesningsvalg { MaxAfvistePct = maks, Traade = 2 };
        var laes = () => Indlaeser.Laes(_mappe.Sti, valg, () => beregning);

        if (fejl is null)
        {
            laes.Should().NotThrow(tilfaelde);
            beregning.Afsluttet.Should().BeTrue(tilfaelde);
        }
        else
        {
            laes.Should().Throw<InputFejlException>(tilfaelde).Which.Message.Should().Be(fejl);
            beregning.Afsluttet.Should().BeFalse("the computation is never finished on input that stopped the run");
        }

        // valider reports the same input and never stops on it.
        var rapport = Indlaeser.Laes(_mappe.Sti, valg with { StopVedAfviste = false }, () => new Inddatakontrol()).Rapport;
        rapport.Filer.Select(f => f.Navn).Should().Contain(filer.Keys);
    }

    [Fact]
    public void Laes_StrictOgYdelserUdenRaekker_StopperOgsaa()
    {
        var laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { Strict = true }, () => new Inddatakontrol());

        laes.Should().Throw<InputFejlException>().Which.Message.Should().StartWith("ydelser.csv har ingen brugbare rækker");
    }

    [Fact]
    public void Laes_StatusfilFraTilvalg_NaevnesVedSitNavn()
    {
        _mappe.Skriv("ydelser.csv", Ydelser(1, 0));
        using var andenMappe = new Datamappe();
        string status = andenMappe.Fil("status_2023.csv");
        File.WriteAllText(status, $"{Datamappe.StatusHeader}\n101,skaerpet,,,\n");

        var laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg { StatusFil = status }, () => new Inddatakontrol());

        laes.Should().Throw<InputFejlException>().Which.Message.Should().StartWith("status_2023.csv linje 2: manglende 'udvalgt_aar';");
    }

    // SPEC §9.1: a missing benchmark row may be among the rejected ones, so the message names them.
    [Theory]
    [InlineData("2023,147,\"16,4\",15\n", "; 1 række i benchmark.csv er afvist, den første er linje 3: ugyldigt tal i 'faktisk': '16,4'.")]
    [InlineData("", ".")]
    public void Laes_KommuneUdenBenchmarkraekke_AfvisteBenchmarkraekkerNaevnes(string afvist, string slutning)
    {
        _mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\np001,101,dagpenge,2021-01-01,2023-12-31\n");
        _mappe.Skriv("benchmark.csv", $"{Datamappe.BenchmarkHeader}\n2023,101,16.4,15\n{afvist}");
        _mappe.Skriv("status.csv", $"{Datamappe.StatusHeader}\n147,skaerpet,2022,40.00,20.00\n");

        var laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg(), () => new Aarsberegning(Regelsaet.Bek301_2023, 2023, Frister.StandardMeddelelse(2023)));

        laes.Should().Throw<ManglendeBenchmarkException>().Which.Message.Should().Be("benchmark.csv har ingen række for 2023 for kommune 147 Frederiksberg" + slutning);
    }

    // SPEC §9.5: the message names the benchmark input as it was found, not the CSV name.
    [Theory]
    [InlineData("2023,147,16x4,15\n", "; 1 række i benchmark.parquet er afvist, den første er linje 3: ugyldigt tal i 'faktisk': '16x4'.")]
    [InlineData("", ".")]
    public void Laes_BenchmarkSomParquetUdenKommunen_FilenNaevnesVedSitNavn(string afvist, string slutning)
    {
        _mappe.Skriv("ydelser.csv", $"{Datamappe.YdelserHeader}\np001,101,dagpenge,2021-01-01,2023-12-31\n");
        using var csv = new Datamappe();
        csv.Skriv("benchmark.csv", $"{Datamappe.BenchmarkHeader}\n2023,101,16.4,15\n{afvist}");
        CsvTilParquet.Fil(csv.Fil("benchmark.csv"), _mappe.Fil("benchmark.parquet"), typede: false, raekkegruppe: 1000);
        _mappe.Skriv("status.csv", $"{Datamappe.StatusHeader}\n147,skaerpet,2022,40.00,20.00\n");

        var laes = () => Indlaeser.Laes(_mappe.Sti, new Indlaesningsvalg(), () => new Aarsberegning(Regelsaet.Bek301_2023, 2023, Frister.StandardMeddelelse(2023)));

        laes.Should().Throw<ManglendeBenchmarkException>().Which.Message.Should().Be("benchmark.parquet har ingen række for 2023 for kommune 147 Frederiksberg" + slutning);
    }

    public void Dispose() => _mappe.Dispose();

    /// <summary>A ydelser file of <paramref name="gode"/> valid rows followed by <paramref name="daarlige"/> rows with an unknown kommune.</summary>
    private static string Ydelser(int gode, int daarlige)
    {
        var tekst = new StringBuilder(Datamappe.YdelserHeader + "\n");
        for (int i = 1; i <= gode; i++)
        {
            tekst.Append(CultureInfo.InvariantCulture, $"p{i:D3},101,dagpenge,2023-01-01,\n");
        }

        for (int i = 0; i < daarlige; i++)
        {
            tekst.Append(DaarligYdelse).Append('\n');
        }

        return tekst.ToString();
    }

    /// <summary>Remembers whether it was finished.</summary>
    private sealed class Afslutningstaeller : IPersonberegning<bool>
    {
        public bool Afsluttet { get; private set; }

        public void Tag(Core.Data.Persondata person)
        {
        }

        public bool Afslut(Beregningsgrundlag grundlag) => Afsluttet = true;
    }
}
