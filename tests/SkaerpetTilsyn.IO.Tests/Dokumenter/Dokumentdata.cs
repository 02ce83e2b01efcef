using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using SkaerpetTilsyn.Core.Data;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Kommuner;
using SkaerpetTilsyn.Core.Maaling;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Regler;
using SkaerpetTilsyn.Core.Tal;

namespace SkaerpetTilsyn.IO.Tests.Dokumenter;

/// <summary>Hand-made opgørelser for the document tests, and readers of the documents written.</summary>
internal static class Dokumentdata
{
    public const int Aar = 2023;

    public static readonly LocalDate Meddelelse = new(2024, 4, 30);

    /// <summary>"type status_foer basis_fm1 basis_fm2 fm1 fm2" ("-" empty), e.g. "administration skaerpet 50 30 51.78 23.4"; benchmark 17.2 against 16.1.</summary>
    public static Afgoerelse Afgoerelse(string spec, int kommune = 101, string? navn = null)
    {
        string[] f = spec.Split(' ');
        var type = Enum.GetValues<Afgoerelsestype>().Single(t => Koder.Kode(t) == f[0]);
        Koder.TryParse(f[1], out Tilsynsstatus status).Should().BeTrue();
        var foer = status == Tilsynsstatus.Ingen ? Kommunestatus.Ingen(kommune) : new Kommunestatus(kommune, status, 2022, Tal(f[2]), Tal(f[3]));
        Brok? fm1 = Tal(f[4]) is { } a ? Brok.Fra(a) : null;
        Brok? fm2 = Tal(f[5]) is { } b ? Brok.Fra(b) : null;
        var efter = type switch
        {
            Afgoerelsestype.Udvalgt => new Kommunestatus(kommune, Tilsynsstatus.Skaerpet, Aar, fm1?.Afrund(2), fm2?.Afrund(2)),
            Afgoerelsestype.Forlaenget => foer with { Status = Tilsynsstatus.Forlaenget },
            Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration => foer with { Status = Tilsynsstatus.Administration },
            _ => Kommunestatus.Ingen(kommune),
        };
        string hjemmel = (type, status) switch
        {
            (Afgoerelsestype.Udvalgt or Afgoerelsestype.IkkeOmfattet, _) => "§ 6",
            (Afgoerelsestype.Ophoert, Tilsynsstatus.Skaerpet) => "§ 10",
            (Afgoerelsestype.Ophoert, Tilsynsstatus.Administration) => "§ 13",
            (Afgoerelsestype.Ophoert or Afgoerelsestype.Forlaenget, _) => "§ 11",
            _ => "§ 12",
        };
        bool adm = type is Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration;
        return new Afgoerelse(
            kommune,
            navn ?? Kommuneliste.Navn(kommune),
            new Benchmarkraekke(Aar, kommune, 17.2m, 16.1m, "17.2", "16.1"),
            false,
            fm1,
            fm2,
            fm1 is not { } x || x < Brok.Fra(30m),
            fm2 is not { } y || y < Brok.Fra(20m),
            foer,
            type,
            efter,
            hjemmel,
            type == Afgoerelsestype.IkkeOmfattet ? null : Meddelelse,
            type == Afgoerelsestype.Udvalgt ? Frister.RedegoerelseSenest(Meddelelse) : null,
            type is Afgoerelsestype.Udvalgt or Afgoerelsestype.Forlaenget ? Frister.GenopretningSlut(Aar) : null,
            adm ? Frister.MinimumskravFra(Meddelelse) : null,
            adm ? Frister.SagsgennemgangSenest(Meddelelse) : null);
    }

    /// <summary>Passivsager "ydelse:id:mangler" in passivsager.csv order, e.g. "sho:a1:tilbud kontanthjaelp:b1:begge".</summary>
    public static List<Passivsag> Sager(int kommune, string spec) =>
        [.. spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((s, i) =>
        {
            string[] d = s.Split(':');
            Koder.TryParse(d[0], out Ydelse y).Should().BeTrue();
            var m = d[2] switch { "tilbud" => Mangel.Tilbud, "samtaler" => Mangel.Samtaler, _ => Mangel.Begge };
            return new Passivsag(kommune, d[1], y, new LocalDate(2020, 1, 1).PlusDays(i), 365 + i, i % 2, 12.5m * i, i, m);
        })];

    public static Opgoerelsesresultat Resultat(IEnumerable<Afgoerelse> afgoerelser, IEnumerable<Passivsag>? sager = null, Regelsaet? regler = null)
    {
        var a = afgoerelser.ToList();
        return new Opgoerelsesresultat(
            Aar,
            regler ?? Regelsaet.Bek301_2023,
            [.. a.Select(x => x.Kommune)],
            new Maanedstaellere(Maaleperiode.Aar(Aar)),
            a,
            [.. sager ?? []]);
    }

    /// <summary>The body paragraphs' text of a .docx.</summary>
    public static List<string> Broedtekst(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText)];
    }

    public static string NyMappe()
    {
        string mappe = Path.Combine(Path.GetTempPath(), "skaerpet-dok-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mappe);
        return mappe;
    }

    private static decimal? Tal(string s) => s == "-" ? null : decimal.Parse(s, CultureInfo.InvariantCulture);
}
