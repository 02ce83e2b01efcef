using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SkaerpetTilsyn.Cli.Tests;

/// <summary>
/// A seeded random mutator run through the real root command: small copies of the demo set's first persons, each broken in
/// one to three ways, must give exit code 0 or 2, never 1, and every file must reconcile (read = used + rejected + duplicates).
/// The failure classes of SPEC §9 are also applied one at a time, each with its exit code and exact message.
/// </summary>
public partial class RodetInddataFuzzTests
{
    private const int Personer = 15;

    private static readonly string[] s_personfiler = ["ydelser.csv", "samtaler.csv", "tilbud.csv", "timer.csv", "fritagelser.csv"];
    private static readonly string[] s_alleFiler = [.. s_personfiler, "benchmark.csv", "status.csv"];
    private static readonly Dictionary<string, byte[]> s_udsnit = Udsnit();

    /// <summary>The kinds of damage; each case applies one to three of them to random files.</summary>
    private enum Mutation
    {
        AfkortetLinje,
        LoestCitationstegn,
        LinjeskiftIFelt,
        EkstraSeparator,
        ManglendeSeparator,
        UgyldigUtf8,
        KaempeFelt,
        NulDato,
        FjernDato,
        NegativeTimer,
        IkkeNumeriskeTimer,
        AfkortetFil,
        DubletLinje,
        ByttedeLinjer,
        NulTegn,
        KunCr,
        Semikolon,
        TomOverskrift,
        Gzip,
        KorruptGzip,
        DanskDato,
        Decimalkomma,
    }

    /// <summary>The mistakes SPEC §9 stops on, each applied alone to the same small copy.</summary>
    public enum Fejlklasse
    {
        AfvistStatusraekke,
        ForMangeAfviste,
        YdelserUdenRaekker,
        DataSlutterFoerAaret,
        BenchmarkraekkeAfvist,
        UdErDatamappen,
        UdIndeholderStatusfil,
        UgyldigMaksAfviste,
    }

    [Fact]
    public void Koer_TusindvisAfOedelagteFiler_Kode0Eller2OgAlleRaekkerRegnesMed()
    {
        int Tilfaelde = int.Parse(Environment.GetEnvironmentVariable("FUZZ_N") ?? "2000");
        var rod = Repo.NyMappe();
        var fejl = new List<string>();
        var set = new Dictionary<Mutation, int>();
        int kode0 = 0;
        for (int seed = 0; seed < Tilfaelde; seed++)
        {
            var random = new Random(seed);
            string data = Path.Combine(rod, "d" + seed);
            Directory.CreateDirectory(data);
            var filer = s_udsnit.ToDictionary(p => p.Key, p => p.Value);
            var anvendt = new List<Mutation>();
            int antal = random.Next(1, 4);
            for (int i = 0; i < antal; i++)
            {
                var m = (Mutation)random.Next(Enum.GetValues<Mutation>().Length);
                anvendt.Add(m);
                set[m] = set.GetValueOrDefault(m) + 1;
                string fil = m is Mutation.NegativeTimer or Mutation.IkkeNumeriskeTimer or Mutation.Decimalkomma ? "timer.csv" : s_alleFiler[random.Next(s_alleFiler.Length)];
                Mutér(random, filer, fil, m);
            }

            foreach (var (navn, indhold) in filer)
            {
                File.WriteAllBytes(Path.Combine(data, navn), indhold);
            }

            string ud = Path.Combine(rod, "u" + seed);
            // Without the rejection gate (--max-afviste-pct 100) more broken runs get as far as their outputs, whose counts must reconcile.
            string[] args = (seed % 8) switch
            {
                < 4 => ["valider", "--data", data, "--ud", ud, "--traade", "1"],
                4 => ["opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--traade", "1"],
                5 => ["opgoerelse", "--data", data, "--aar", "2023", "--ud", ud, "--traade", "3", "--max-afviste-pct", "100"],
                6 => ["valider", "--data", data, "--ud", ud, "--traade", "2"],
                _ => ["monitor", "--data", data, "--til", "2023-12", "--ud", ud, "--traade", "1", "--max-afviste-pct", "100"],
            };
            var k = Koersel.Start(args);
            string beskrivelse = $"seed {seed} ({string.Join(", ", anvendt)}), {args[0]}: kode {k.Kode}";
            if (k.Kode is not (0 or 2))
            {
                fejl.Add($"{beskrivelse}\n{k.Fejl}");
            }
            else if (k.Kode == 0)
            {
                kode0++;
                if (args[0] != "valider" && Afstem(ud) is { } uafstemt)
                {
                    fejl.Add($"{beskrivelse}: {uafstemt}");
                }
            }

            Directory.Delete(data, recursive: true);
            if (Directory.Exists(ud))
            {
                Directory.Delete(ud, recursive: true);
            }
        }

        Directory.Delete(rod, recursive: true);
        fejl.Should().BeEmpty(string.Join("\n", fejl.Take(5)));
        set.Keys.Should().HaveCount(Enum.GetValues<Mutation>().Length);

        // Most cases survive as runs with rejected rows, not as fatal errors, or the fuzzing would test little.
        kode0.Should().BeGreaterThan(Tilfaelde / 3);
    }

    [Theory]
    [MemberData(nameof(Fejlklasser))]
    public void Koer_Fejlklasse_Kode2OgPraeciseBesked(Fejlklasse klasse)
    {
        string data = Repo.NyMappe();
        foreach (var (navn, indhold) in s_udsnit)
        {
            File.WriteAllBytes(Path.Combine(data, navn), indhold);
        }

        string ud = Path.Combine(Repo.NyMappe(), "ud");
        string[] opgoerelse = ["opgoerelse", "--data", data, "--aar", "2023", "--ud", ud];
        var (args, forventet) = Anvend(klasse, data, ud, opgoerelse);
        var foer = Filer(data, ud);

        var k = Koersel.Start(args);

        k.Kode.Should().Be(2, klasse.ToString());
        k.Fejl.Should().Be($"Fejl: {forventet}\n", klasse.ToString());
        Filer(data, ud).Should().BeEquivalentTo(foer, "a stopped run touches neither its inputs nor its output folder");
    }

    private static Dictionary<string, byte[]> Filer(params string[] mapper) =>
        mapper.Where(Directory.Exists).SelectMany(Directory.GetFiles).ToDictionary(f => f, File.ReadAllBytes);

    public static TheoryData<Fejlklasse> Fejlklasser => [.. Enum.GetValues<Fejlklasse>()];

    /// <summary>Breaks the copy in <paramref name="data"/> as <paramref name="klasse"/> says; the command to run and the message it must give.</summary>
    private static (string[] Args, string Besked) Anvend(Fejlklasse klasse, string data, string ud, string[] opgoerelse)
    {
        string Sti(string navn) => Path.Combine(data, navn);
        string[] Linjer(string navn) => File.ReadAllLines(Sti(navn));
        const string Status = "; en afvist statusrække stopper kørslen, for ellers ville kommunen uden varsel få status ingen.";
        switch (klasse)
        {
            case Fejlklasse.AfvistStatusraekke:
                File.AppendAllText(Sti("status.csv"), "173,skaerpet,,,\n");
                return (opgoerelse, $"status.csv linje {Linjer("status.csv").Length}: manglende 'udvalgt_aar'{Status}");
            case Fejlklasse.ForMangeAfviste:
                File.WriteAllText(Sti("samtaler.csv"), DanskeDatoer(File.ReadAllText(Sti("samtaler.csv"))));
                string n = DanskTal(Linjer("samtaler.csv").Length - 1);
                return (opgoerelse, $"For mange afviste rækker (mere end 1 % af en fil): samtaler.csv {n} af {n} (100,0 %), oftest ugyldig dato i 'dato' ({n} gange, første gang i linje 2) – skaerpet valider lister dem alle, og --max-afviste-pct hæver grænsen.");
            case Fejlklasse.YdelserUdenRaekker:
                File.WriteAllText(Sti("ydelser.csv"), Linjer("ydelser.csv")[0] + "\n");
                return (opgoerelse, "ydelser.csv har ingen brugbare rækker (0 læst, 0 afvist), så der er ingen ydelsesforløb at måle; kontrollér udtrækket.");
            case Fejlklasse.DataSlutterFoerAaret:
                // Data end (SPEC §9.2) is the latest date in the person files; an open til is empty and never matches.
                string slut = s_personfiler.SelectMany(f => IsoDato().Matches(File.ReadAllText(Sti(f)))).Max(m => m.Value)!;
                return ([.. opgoerelse[..4], "2099", .. opgoerelse[5..]], $"Data slutter {slut}; opgørelsen for 2099 kræver data til og med 2099-12-31.");
            case Fejlklasse.BenchmarkraekkeAfvist:
                // 153 is under tilsyn, so it is always reported; its 2023 row gets a decimal comma, and the demo's own bad row stays.
                var bench = Linjer("benchmark.csv");
                int linje = Array.FindIndex(bench, l => l.StartsWith("2023,153,", StringComparison.Ordinal));
                var felter = bench[linje].Split(',');
                bench[linje] = $"2023,153,\"{felter[2].Replace('.', ',')}\",{felter[3]}";
                File.WriteAllLines(Sti("benchmark.csv"), bench);
                int afviste = bench.Count(l => l.StartsWith("2023,999,", StringComparison.Ordinal)) + 1;
                return (opgoerelse, $"benchmark.csv har ingen række for 2023 for kommune 153 Brøndby; {afviste} rækker i benchmark.csv er afvist, den første er linje {linje + 1}: ugyldigt tal i 'faktisk': '{felter[2].Replace('.', ',')}'.");
            case Fejlklasse.UdErDatamappen:
                File.WriteAllText(Sti("koersel.json"), "{}");
                return ([.. opgoerelse[..^1], data, "--overskriv"], $"--ud '{data}' er datamappen fra --data; resultaterne erstatter hele udmappen og ville slette inddata, så vælg en anden udmappe.");
            case Fejlklasse.UdIndeholderStatusfil:
                // Last year's output folder holds the status file this run is given.
                Directory.CreateDirectory(ud);
                string status = Path.Combine(ud, "status.csv");
                File.Copy(Sti("status.csv"), status);
                File.WriteAllText(Path.Combine(ud, "koersel.json"), "{}");
                return ([.. opgoerelse, "--status", status, "--overskriv"], $"--ud '{ud}' indeholder '{status}' fra --status, som ville blive slettet, når udmappen erstattes; vælg en anden udmappe, eller læg filen et andet sted.");
            default:
                return ([.. opgoerelse, "--max-afviste-pct", "101"], "--max-afviste-pct skal være et tal fra 0 til 100, fx 2.5, ikke '101'.\nSe 'skaerpet --help'.");
        }
    }

    private static string DanskTal(int v) => v.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>Checks <c>koersel.json</c> and <c>afviste.csv</c>: per file read = used + rejected + duplicates, and as many rejected rows listed as counted.</summary>
    private static string? Afstem(string ud)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ud, "koersel.json")));
        var afvisteLinjer = File.ReadAllText(Path.Combine(ud, "afviste.csv"));
        foreach (var f in doc.RootElement.GetProperty("filer").EnumerateArray())
        {
            long laest = f.GetProperty("laest").GetInt64();
            long brugt = f.GetProperty("brugt").GetInt64();
            long afvist = f.GetProperty("afvist").GetInt64();
            long dubletter = f.GetProperty("dubletter").GetInt64();
            string navn = f.GetProperty("navn").GetString()!;
            if (laest != brugt + afvist + dubletter)
            {
                return $"{navn}: læst {laest} ≠ {brugt} + {afvist} + {dubletter}";
            }

            if (afvist > 0 && !afvisteLinjer.Contains(navn, StringComparison.Ordinal))
            {
                return $"{navn}: {afvist} afviste, men ingen i afviste.csv";
            }
        }

        return null;
    }

    private static void Mutér(Random random, Dictionary<string, byte[]> filer, string fil, Mutation m)
    {
        if (!filer.TryGetValue(fil, out var indhold))
        {
            // Already compressed by an earlier mutation of this case.
            return;
        }

        if (m == Mutation.Gzip || m == Mutation.KorruptGzip)
        {
            filer.Remove(fil);
            byte[] gz = Gzip(indhold);
            if (m == Mutation.KorruptGzip)
            {
                gz = random.Next(2) == 0 ? gz[..random.Next(gz.Length)] : Vend(random, gz);
            }

            filer[fil + ".gz"] = gz;
            return;
        }

        var linjer = new List<byte[]>(Del(indhold));
        int n = linjer.Count;
        int valgt = n > 1 ? random.Next(1, n) : 0;
        byte[] linje = linjer[valgt];
        switch (m)
        {
            case Mutation.AfkortetLinje:
                linjer[valgt] = linje[..random.Next(linje.Length + 1)];
                break;
            case Mutation.LoestCitationstegn:
                linjer[valgt] = Indsaet(linje, random.Next(linje.Length + 1), "\""u8);
                break;
            case Mutation.LinjeskiftIFelt:
                linjer[valgt] = Indsaet(linje, random.Next(linje.Length + 1), random.Next(2) == 0 ? "\n"u8 : "\"a\nb\""u8);
                break;
            case Mutation.EkstraSeparator:
                linjer[valgt] = Indsaet(linje, random.Next(linje.Length + 1), ","u8);
                break;
            case Mutation.ManglendeSeparator:
                int komma = Array.IndexOf(linje, (byte)',');
                if (komma >= 0)
                {
                    linjer[valgt] = [.. linje[..komma], .. linje[(komma + 1)..]];
                }

                break;
            case Mutation.UgyldigUtf8:
                linjer[valgt] = Indsaet(linje, random.Next(linje.Length + 1), random.Next(2) == 0 ? [0xC3] : [0xE6, 0xF8, 0xE5]);
                break;
            case Mutation.KaempeFelt:
                // Past the reader's record limit only now and then, to keep the run fast.
                int laengde = random.Next(8) == 0 ? (1 << 20) + 17 : random.Next(70, 5000);
                linjer[valgt] = Indsaet(linje, random.Next(linje.Length + 1), Encoding.ASCII.GetBytes(new string('x', laengde)));
                break;
            case Mutation.NulDato:
            case Mutation.FjernDato:
                linjer[valgt] = ErstatDato(linje, m == Mutation.NulDato ? (random.Next(2) == 0 ? "0000-00-00" : "2200-01-01") : "");
                break;
            case Mutation.NegativeTimer:
            case Mutation.IkkeNumeriskeTimer:
                linjer[valgt] = ErstatSidsteFelt(linje, m == Mutation.NegativeTimer ? "-12.5" : "tolv");
                break;
            case Mutation.AfkortetFil:
                byte[] hele = Saml(linjer);
                filer[fil] = hele[..random.Next(hele.Length + 1)];
                return;
            case Mutation.DubletLinje:
                linjer.Insert(random.Next(1, n + 1), linje);
                break;
            case Mutation.ByttedeLinjer:
                int anden = n > 1 ? random.Next(1, n) : 0;
                (linjer[valgt], linjer[anden]) = (linjer[anden], linjer[valgt]);
                break;
            case Mutation.NulTegn:
                linjer[valgt] = Indsaet(linje, random.Next(linje.Length + 1), [0]);
                break;
            case Mutation.KunCr:
                filer[fil] = [.. Saml(linjer).Select(b => b == (byte)'\n' ? (byte)'\r' : b)];
                return;
            case Mutation.Semikolon:
                filer[fil] = [.. Saml(linjer).Select(b => b == (byte)',' ? (byte)';' : b)];
                return;
            case Mutation.TomOverskrift:
                linjer[0] = [];
                break;
            case Mutation.DanskDato:
                // As Danish Excel writes a date: 17-06-2021, in every row from the chosen one on.
                for (int i = valgt; i < n; i++)
                {
                    linjer[i] = Encoding.UTF8.GetBytes(DanskeDatoer(Encoding.UTF8.GetString(linjer[i])));
                }

                break;
            case Mutation.Decimalkomma:
                linjer[valgt] = ErstatSidsteFelt(linje, random.Next(2) == 0 ? "\"7,5\"" : "7,5");
                break;
        }

        filer[fil] = Saml(linjer);
    }

    private static string DanskeDatoer(string tekst) => IsoDato().Replace(tekst, m => $"{m.Groups[3]}-{m.Groups[2]}-{m.Groups[1]}");

    [GeneratedRegex(@"(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex IsoDato();

    private static byte[] Indsaet(byte[] linje, int ved, ReadOnlySpan<byte> tekst) => [.. linje[..ved], .. tekst, .. linje[ved..]];

    private static byte[] ErstatDato(byte[] linje, string ny)
    {
        string s = Encoding.UTF8.GetString(linje);
        var felter = s.Split(',');
        for (int i = 0; i < felter.Length; i++)
        {
            if (felter[i].Length == 10 && felter[i][4] == '-')
            {
                felter[i] = ny;
                break;
            }
        }

        return Encoding.UTF8.GetBytes(string.Join(',', felter));
    }

    private static byte[] ErstatSidsteFelt(byte[] linje, string ny)
    {
        int komma = Array.LastIndexOf(linje, (byte)',');
        return [.. linje[..(komma + 1)], .. Encoding.ASCII.GetBytes(ny)];
    }

    private static byte[] Vend(Random random, byte[] gz)
    {
        var kopi = (byte[])gz.Clone();
        kopi[random.Next(kopi.Length)] ^= 0x5A;
        return kopi;
    }

    private static byte[] Gzip(byte[] indhold)
    {
        using var ud = new MemoryStream();
        using (var gz = new GZipStream(ud, CompressionLevel.Fastest))
        {
            gz.Write(indhold);
        }

        return ud.ToArray();
    }

    private static List<byte[]> Del(byte[] indhold)
    {
        var linjer = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < indhold.Length; i++)
        {
            if (indhold[i] == (byte)'\n')
            {
                linjer.Add(indhold[start..i]);
                start = i + 1;
            }
        }

        if (start < indhold.Length)
        {
            linjer.Add(indhold[start..]);
        }

        return linjer;
    }

    private static byte[] Saml(List<byte[]> linjer)
    {
        using var ud = new MemoryStream();
        foreach (var l in linjer)
        {
            ud.Write(l);
            ud.WriteByte((byte)'\n');
        }

        return ud.ToArray();
    }

    /// <summary>The rows of the demo set's first <see cref="Personer"/> persons, and the benchmark and status files whole.</summary>
    private static Dictionary<string, byte[]> Udsnit()
    {
        var ydelser = File.ReadAllLines(Path.Combine(Repo.Demo, "ydelser.csv"));
        var ider = ydelser.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Take(Personer).ToHashSet();
        var udsnit = new Dictionary<string, byte[]>();
        foreach (string navn in s_personfiler)
        {
            var linjer = File.ReadAllLines(Path.Combine(Repo.Demo, navn));
            var valgte = linjer.Take(1).Concat(linjer.Skip(1).Where(l => ider.Contains(l[..l.IndexOf(',', StringComparison.Ordinal)])));
            udsnit[navn] = Encoding.UTF8.GetBytes(string.Join('\n', valgte) + "\n");
        }

        udsnit["benchmark.csv"] = File.ReadAllBytes(Path.Combine(Repo.Demo, "benchmark.csv"));
        udsnit["status.csv"] = File.ReadAllBytes(Path.Combine(Repo.Demo, "status.csv"));
        return udsnit;
    }
}
