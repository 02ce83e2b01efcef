using System.Globalization;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;
using SkaerpetTilsyn.Core.Sagsgennemgang;
using SkaerpetTilsyn.IO.Uddata;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>Writes the documents of <c>opgoerelse --dokumenter</c> (SPEC §11.1, §11.2), each atomically and byte-identical for the same input and options.</summary>
public static class Dokumentskriver
{
    public const string Meddelelsesmappe = "meddelelser";
    public const string Sagsgennemgangsmappe = "sagsgennemgang";

    /// <summary>Writes <c>meddelelser/KKK-Navn.docx</c> for every kommune not <c>ikke_omfattet</c> and <c>sagsgennemgang/KKK-Navn.xlsx</c> for every kommune under administration.</summary>
    /// <remarks>Pass <paramref name="resultat"/> with the raw person_ids, since the sample is drawn on them; <see cref="Dokumentvalg.Pseudonym"/> applies to what is shown.</remarks>
    /// <exception cref="InputFejlException">The template cannot be read or uses an unknown field (checked before anything is written).</exception>
    public static void Skriv(string udMappe, Opgoerelsesresultat resultat, Dokumentvalg valg)
    {
        ArgumentNullException.ThrowIfNull(udMappe);
        ArgumentNullException.ThrowIfNull(resultat);
        ArgumentNullException.ThrowIfNull(valg);
        ArgumentOutOfRangeException.ThrowIfNegative(valg.Stikproeve);
        var skabelon = valg.Skabelon is null ? null : Meddelelsesskabelon.Laes(valg.Skabelon);
        var pseudonym = valg.Pseudonym ?? (id => id);

        var sager = new Dictionary<int, List<Passivsag>>();
        foreach (var p in resultat.Passivsager)
        {
            if (!sager.TryGetValue(p.Kommune, out var liste))
            {
                sager[p.Kommune] = liste = [];
            }

            liste.Add(p);
        }

        string meddelelser = Path.Combine(udMappe, Meddelelsesmappe);
        string sagsgennemgang = Path.Combine(udMappe, Sagsgennemgangsmappe);
        Directory.CreateDirectory(meddelelser);
        Directory.CreateDirectory(sagsgennemgang);
        foreach (var a in resultat.Afgoerelser)
        {
            if (a.Type == Afgoerelsestype.IkkeOmfattet)
            {
                continue;
            }

            IReadOnlyList<Passivsag> egne = sager.GetValueOrDefault(a.Kommune) ?? [];
            string navn = Dokumentnavn.For(a.Kommune, a.Navn);
            byte[] brev = Meddelelse(a, resultat, egne, skabelon);
            AtomiskSkrivning.Skriv(Path.Combine(meddelelser, navn + ".docx"), s => s.Write(brev));
            if (a.Type is Afgoerelsestype.Administration or Afgoerelsestype.FortsatAdministration)
            {
                long seed = valg.SeedFor(resultat.Aar, a.Kommune);
                var stikproeve = Stikproeve.Traek(egne, valg.Stikproeve, seed);
                byte[] bog = Sagsgennemgangsskriver.Skriv(a, resultat.Aar, egne, stikproeve, seed, pseudonym);
                AtomiskSkrivning.Skriv(Path.Combine(sagsgennemgang, navn + ".xlsx"), s => s.Write(bog));
            }
        }
    }

    /// <summary>Reads the Word template of <c>--skabelon</c> and checks every field, so a bad template stops the run before the data are read.</summary>
    /// <exception cref="InputFejlException">The template cannot be read or uses an unknown field.</exception>
    public static void KontrollerSkabelon(string skabelon) => Meddelelsesskabelon.Laes(skabelon);

    /// <summary>The file name of the shipped template for <paramref name="type"/> in <c>skabeloner/</c>, e.g. <c>meddelelse-udvalgt.docx</c>.</summary>
    public static string SkabelonFilnavn(Afgoerelsestype type) => $"meddelelse-{Koder.Kode(type)}.docx";

    /// <summary>The built-in letter for <paramref name="type"/> as a template with its <c>{{felt}}</c>s, as shipped in <c>skabeloner/</c> for users to copy and edit.</summary>
    public static byte[] IndbyggetSkabelon(Afgoerelsestype type)
    {
        // A fixed date (that of bekendtgørelse nr. 301) keeps the file's bytes stable; a filled letter gets its meddelelse date.
        return Wordskriver.Skriv(
            Meddelelsestekst.Afsnit(Brevudformning.Standard(type)),
            $"Skabelon til meddelelse om afgørelsen {Koder.Kode(type)}",
            new NodaTime.LocalDate(2023, 3, 20));
    }

    /// <summary>The letter of <paramref name="a"/>: the built-in one, or <paramref name="skabelon"/> filled in.</summary>
    internal static byte[] Meddelelse(Afgoerelse a, Opgoerelsesresultat resultat, IReadOnlyList<Passivsag> sager, Meddelelsesskabelon? skabelon)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(resultat);
        var felter = Meddelelsesfelter.For(a, resultat.Aar, resultat.Regler, sager);
        string titel = $"Meddelelse til {a.Navn} om opgørelsen for {resultat.Aar.ToString(CultureInfo.InvariantCulture)}";
        var dato = a.Meddelelse ?? Frister.StandardMeddelelse(resultat.Aar);
        if (skabelon is not null)
        {
            return skabelon.Udfyld(felter, titel, dato);
        }

        // The built-in letter fills its own template text with the same code as a user's template.
        var afsnit = Meddelelsestekst.Afsnit(Brevudformning.For(a, resultat.Regler, sager.Count))
            .Select(x => x with { Tekst = Felter.Udfyld(x.Tekst, felter, f => new InvalidOperationException($"The built-in letter uses the unknown field {f}.")) });
        return Wordskriver.Skriv(afsnit, titel, dato);
    }
}
