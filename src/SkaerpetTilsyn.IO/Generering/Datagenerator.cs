using System.Globalization;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.IO.Validering;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>Writes a deterministic, realistic synthetic input data set in the formats of SPEC §2.</summary>
/// <remarks>
/// The model, per person (own PRNG stream per person, so a person's rows do not depend on the others):
/// a home kommune drawn by population weight; a chain of benefit spells starting up to two years before
/// the period — short dagpenge/sygedagpenge spells (1–8 months, some up to 24), long kontanthjælp,
/// ressourceforløb and ledighedsydelse courses (12–60 months), sho often followed directly by kontanthjælp,
/// pauses of under a month that keep the forløb, longer breaks, occasional moves — written as one
/// <c>ydelser</c> row per calendar month, with a few overlapping correction rows and an empty <c>til</c>
/// on some spells still running at the end. While on benefit: samtaler at the kommune's frequency
/// (sygeopfølgning on sygedagpenge), and each month a chance of an indsats (a tilbud, or a few months of
/// paid hours) such that twelve months give the kommune's <see cref="Indsatsniveau.IndsatsPrAar"/>;
/// some spells carry a barsel, standby or other fritagelse. Per kommune an <see cref="Indsatsniveau"/>
/// is drawn from the seed (about one in ten is weak on a fokusmål) unless overridden, and
/// <c>benchmark.csv</c> puts weak kommuner above their forventet ydelsesgrad more often.
/// Only integer and exact floating-point arithmetic is used, so output is identical on every platform.
/// </remarks>
public sealed class Datagenerator
{
    private const ulong KommuneStroem = 1UL << 40;
    private const ulong BenchmarkStroem = 2UL << 40;
    private const ulong FejlStroem = 3UL << 40;
    private const ulong StatusStroem = 4UL << 40;
    /// <summary>The earliest first data year.</summary>
    public const int MindsteAar = 1900;

    /// <summary>The latest last data year.</summary>
    public const int StoersteAar = 9000;

    /// <summary>How many malformed rows <see cref="GeneratorValg.BadRows"/> may ask for per person.</summary>
    public const int FejlraekkerPrPerson = Fejlraekker.PladserPrPerson;

    // Chance that faktisk > forventet, for weak and other kommuner; about a third overall.
    private const double OverForventetSvag = 0.75;
    private const double OverForventetOevrige = 0.28;

    // Below either bound a kommune counts as weak when drawing its benchmark.
    private const double SvagIndsats = 0.7;
    private const double SvageSamtaler = 5;

    private readonly GeneratorValg _valg;
    private readonly Kommuneprofil[] _kommuner;

    public Datagenerator(GeneratorValg valg)
    {
        ArgumentNullException.ThrowIfNull(valg);
        ArgumentOutOfRangeException.ThrowIfLessThan(valg.Personer, 1, nameof(valg.Personer));
        ArgumentOutOfRangeException.ThrowIfNegative(valg.BadRows, nameof(valg.BadRows));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)valg.BadRows, (long)valg.Personer * Fejlraekker.PladserPrPerson, nameof(valg.BadRows));
        ArgumentOutOfRangeException.ThrowIfLessThan(valg.FraAar, MindsteAar, nameof(valg.FraAar));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(valg.TilAar, StoersteAar, nameof(valg.TilAar));
        ArgumentOutOfRangeException.ThrowIfNegative(valg.SeneRaekker, nameof(valg.SeneRaekker));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(valg.SeneRaekker, 100, nameof(valg.SeneRaekker));
        if (valg.Uorden.FirstOrDefault(f => !Personfiler.Contains(f)) is { } ukendt)
        {
            throw new ArgumentException($"Uorden names '{ukendt}', which is not a person file.", nameof(valg));
        }

        if (valg.TilAar < valg.FraAar)
        {
            throw new ArgumentException($"TilAar ({valg.TilAar}) is before FraAar ({valg.FraAar}).", nameof(valg));
        }

        _valg = valg;
        _kommuner = Profiler(valg);
        var niveauer = new SortedDictionary<int, Indsatsniveau>();
        foreach (Kommuneprofil profil in _kommuner)
        {
            niveauer.Add(profil.Kode, profil.Niveau);
        }

        Indsatsniveauer = niveauer;
    }

    /// <summary>The person files by the names <see cref="GeneratorValg.Uorden"/> takes, in file order.</summary>
    public static IReadOnlyList<string> Personfiler { get; } = ["ydelser", "samtaler", "tilbud", "timer", "fritagelser"];

    /// <summary>The effort level of every kommune used, drawn or overridden, by code.</summary>
    public IReadOnlyDictionary<int, Indsatsniveau> Indsatsniveauer { get; }

    /// <summary>
    /// Writes the seven files into <paramref name="udMappe"/> (created if missing) when it holds nothing, or with <paramref name="overskriv"/>
    /// nothing but files a data set consists of, which it replaces (SPEC §9.4).
    /// </summary>
    /// <exception cref="InputFejlException">The folder holds files, without <paramref name="overskriv"/>, or holds other files or folders.</exception>
    public void Generer(string udMappe, bool overskriv)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(udMappe);
        if (Directory.Exists(udMappe) && Directory.EnumerateFileSystemEntries(udMappe).ToList() is { Count: > 0 } indhold)
        {
            if (indhold.FirstOrDefault(e => Directory.Exists(e) || !Csvfiler.Navne.Contains(Path.GetFileName(e))) is { } fremmed)
            {
                throw new InputFejlException(
                    $"Udmappen '{udMappe}' indeholder '{Path.GetFileName(fremmed)}', som generer ikke skriver; vælg en tom eller ny mappe (--overskriv erstatter kun et datasæt fra generer).");
            }

            if (!overskriv)
            {
                throw new InputFejlException($"Udmappen '{udMappe}' indeholder allerede et datasæt; vælg en tom eller ny mappe, eller kør med --overskriv for at erstatte det.");
            }
        }

        Generer(udMappe);
    }

    /// <summary>Writes the seven files into <paramref name="udMappe"/> (created if missing), replacing any there.</summary>
    public void Generer(string udMappe)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(udMappe);
        Directory.CreateDirectory(udMappe);
        int start = new DateOnly(_valg.FraAar, 1, 1).DayNumber;
        int slut = new DateOnly(_valg.TilAar, 12, 31).DayNumber;
        int bredde = Math.Max(7, _valg.Personer.ToString(CultureInfo.InvariantCulture).Length);
        var person = new Persongenerator(start, slut, _kommuner);
        var fejl = new Fejlraekker(_valg.Seed, FejlStroem, _valg.BadRows, _valg.Personer, _valg.FraAar, _valg.TilAar);

        using var filer = new Csvfiler(udMappe);
        for (int i = 0; i < _valg.Personer; i++)
        {
            var rng = new Xoshiro256(_valg.Seed, (ulong)i);
            person.Generer(ref rng);
            Skriv(person, i + 1, bredde, filer);
            fejl.Skriv(i, bredde, person.Ydelser[0].Kommune, filer);
        }

        SkrivBenchmark(filer.Benchmark);
        SkrivStatus(filer.Status);
        filer.Afslut((sti, nummer) => Omordning.Omordn(sti, Personfiler[nummer], nummer, _valg));
    }

    private static void Skriv(Persongenerator person, int id, int bredde, Csvfiler filer)
    {
        Utf8Linjeskriver ud = filer.Ydelser;
        foreach (Ydelsesraekke r in person.Ydelser)
        {
            ud.Id((byte)'P', id, bredde);
            ud.Komma();
            ud.Heltal(r.Kommune);
            ud.Komma();
            ud.Tekst(Utf8Koder.Ydelse(r.Ydelse));
            ud.Komma();
            ud.Dato(r.Fra);
            ud.Komma();
            if (r.Til != Ydelsesraekke.Aaben)
            {
                ud.Dato(r.Til);
            }

            ud.Linjeslut();
        }

        ud = filer.Samtaler;
        foreach (Samtaleraekke r in person.Samtaler)
        {
            ud.Id((byte)'P', id, bredde);
            ud.Komma();
            ud.Dato(r.Dato);
            ud.Komma();
            ud.Tekst(Utf8Koder.SamtaleType(r.Type));
            ud.Komma();
            ud.Tekst(Utf8Koder.SamtaleForm(r.Form));
            ud.Linjeslut();
        }

        ud = filer.Tilbud;
        foreach (Tilbudsraekke r in person.Tilbud)
        {
            Periode(ud, id, bredde, r.Fra, r.Til);
            ud.Tekst(Utf8Koder.TilbudType(r.Type));
            ud.Linjeslut();
        }

        ud = filer.Timer;
        foreach (Timeraekke r in person.Timer)
        {
            Periode(ud, id, bredde, r.Fra, r.Til);
            ud.Hundrededele(r.Hundrededele);
            ud.Linjeslut();
        }

        ud = filer.Fritagelser;
        foreach (Fritagelsesraekke r in person.Fritagelser)
        {
            Periode(ud, id, bredde, r.Fra, r.Til);
            ud.Tekst(Utf8Koder.Aarsag(r.Aarsag));
            ud.Linjeslut();
        }
    }

    private static void Periode(Utf8Linjeskriver ud, int id, int bredde, int fra, int til)
    {
        ud.Id((byte)'P', id, bredde);
        ud.Komma();
        ud.Dato(fra);
        ud.Komma();
        ud.Dato(til);
        ud.Komma();
    }

    /// <summary>
    /// The tilsyn status before the opgørelse of the last data year: the weak kommuner in turn under skærpet tilsyn
    /// (selected the year before), extended or under administration, each with a basis drawn from the seed; one
    /// kommune of normal effort under skærpet tilsyn, likely to leave it. The other kommuner are not listed (<c>ingen</c>).
    /// </summary>
    private void SkrivStatus(Utf8Linjeskriver ud)
    {
        int svage = 0;
        bool normalBrugt = false;
        foreach (Kommuneprofil profil in _kommuner.OrderBy(k => k.Kode))
        {
            var rng = new Xoshiro256(_valg.Seed, StatusStroem + (ulong)profil.Kode);
            bool svag = profil.Niveau.IndsatsPrAar < SvagIndsats || profil.Niveau.SamtalerPrAar < SvageSamtaler;
            (string status, int aarSiden)? valgt = svag
                ? (svage++ % 3) switch { 0 => ("skaerpet", 1), 1 => ("forlaenget", 2), _ => ("administration", 3) }
                : !normalBrugt && rng.Chance(0.2) ? ("skaerpet", 1) : null;
            if (valgt is not { } v)
            {
                continue;
            }

            normalBrugt |= !svag;
            ud.Heltal(profil.Kode);
            ud.Komma();
            ud.Tekst(Utf8Linjeskriver.Utf8(v.status));
            ud.Komma();
            ud.Heltal(_valg.TilAar - v.aarSiden);
            ud.Komma();
            ud.Hundrededele(rng.Mellem(3000, 5500));
            ud.Komma();
            ud.Hundrededele(rng.Mellem(1000, 3500));
            ud.Linjeslut();
        }
    }

    private void SkrivBenchmark(Utf8Linjeskriver ud)
    {
        int antalAar = _valg.TilAar - _valg.FraAar + 1;
        var faktisk = new int[_kommuner.Length, antalAar];
        var forventet = new int[_kommuner.Length, antalAar];
        for (int k = 0; k < _kommuner.Length; k++)
        {
            Kommuneprofil profil = _kommuner[k];
            var rng = new Xoshiro256(_valg.Seed, BenchmarkStroem + (ulong)profil.Kode);
            bool svag = profil.Niveau.IndsatsPrAar < SvagIndsats || profil.Niveau.SamtalerPrAar < SvageSamtaler;

            // Ydelsesgrad in tenths of a percent: a kommune level of 8–30 % that drifts a little each year.
            int niveau = rng.Mellem(80, 300);
            for (int a = 0; a < antalAar; a++)
            {
                int f = Math.Max(30, niveau + rng.Mellem(-15, 15));
                forventet[k, a] = f;
                faktisk[k, a] = rng.Chance(svag ? OverForventetSvag : OverForventetOevrige)
                    ? f + rng.Mellem(1, 30)
                    : Math.Max(0, f - rng.Mellem(0, 40));
            }
        }

        for (int a = 0; a < antalAar; a++)
        {
            for (int k = 0; k < _kommuner.Length; k++)
            {
                ud.Heltal(_valg.FraAar + a);
                ud.Komma();
                ud.Heltal(_kommuner[k].Kode);
                ud.Komma();
                ud.Tiendedele(faktisk[k, a]);
                ud.Komma();
                ud.Tiendedele(forventet[k, a]);
                ud.Linjeslut();
            }
        }
    }

    private static Kommuneprofil[] Profiler(GeneratorValg valg)
    {
        IReadOnlyList<int> koder = valg.Kommuner.Count > 0 ? valg.Kommuner : Kommunevaegte.Koder;
        var sorteret = new SortedSet<int>();
        foreach (int kode in koder)
        {
            if (!Kommunevaegte.Kendt(kode) && !Kommuneliste.Findes(kode))
            {
                throw new ArgumentException($"Kommune {kode} is not one of the 98 kommuner.", nameof(valg));
            }

            if (!sorteret.Add(kode))
            {
                throw new ArgumentException($"Kommune {kode} is listed twice.", nameof(valg));
            }
        }

        foreach ((int kode, Indsatsniveau niveau) in valg.Indsats)
        {
            if (!sorteret.Contains(kode))
            {
                throw new ArgumentException($"Indsats is given for kommune {kode}, which is not among the kommuner used.", nameof(valg));
            }

            if (niveau.IndsatsPrAar is not (>= 0 and < 1) || niveau.SamtalerPrAar is not (> 0 and <= 365))
            {
                throw new ArgumentException($"Indsats for kommune {kode} needs IndsatsPrAar in [0, 1) and SamtalerPrAar in (0, 365].", nameof(valg));
            }
        }

        var profiler = new Kommuneprofil[sorteret.Count];
        int i = 0;
        foreach (int kode in sorteret)
        {
            Indsatsniveau niveau = valg.Indsats.TryGetValue(kode, out Indsatsniveau givet) ? givet : TraekNiveau(valg.Seed, kode);
            profiler[i++] = new Kommuneprofil(kode, Kommunevaegte.Vaegt(kode), niveau, 1 - TolvteRod(1 - niveau.IndsatsPrAar));
        }

        return profiler;
    }

    /// <summary>The drawn effort level of a kommune: depends only on the seed and the code, not on which other kommuner are used.</summary>
    private static Indsatsniveau TraekNiveau(ulong seed, int kode)
    {
        var rng = new Xoshiro256(seed, KommuneStroem + (ulong)kode);
        int u = rng.Naeste(100);
        double indsats = 0.85 + (0.1 * rng.NaesteDouble());
        double samtaler = 6 + (3 * rng.NaesteDouble());
        return u switch
        {
            < 4 => new(0.45 + (0.1 * rng.NaesteDouble()), samtaler),
            < 8 => new(indsats, 3.2 + rng.NaesteDouble()),
            < 10 => Indsatsniveau.Svag,
            _ => new(indsats, samtaler),
        };
    }

    /// <summary>x with x¹² = <paramref name="a"/>, for a in (0, 1], by Newton's method from 1 (exact IEEE operations only, unlike <see cref="Math.Pow(double, double)"/>).</summary>
    private static double TolvteRod(double a)
    {
        double x = 1;
        for (int i = 0; i < 60; i++)
        {
            double x11 = 1;
            for (int j = 0; j < 11; j++)
            {
                x11 *= x;
            }

            x -= ((x11 * x) - a) / (12 * x11);
        }

        return x;
    }
}
