using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkaerpetTilsyn.IO.Dokumenter;

/// <summary>The text of a Word document as its paragraphs hold it, with runs merged so a <c>{{felt}}</c> that Word split across runs is found and replaced whole.</summary>
/// <remarks>Only runs of plain text (with tabs and line breaks) are merged, keeping the first run's formatting; a field split by anything else (a drawing, a field code) is not seen.</remarks>
internal static class Koerselstekst
{
    /// <summary>The merged text of every run of consecutive text runs under <paramref name="rod"/>.</summary>
    public static IEnumerable<string> Tekster(OpenXmlElement rod) => Grupper(rod).Select(g => Tekst(g.Koersler));

    /// <summary>Replaces the text of every run of consecutive text runs that holds a field by <paramref name="erstat"/> of it, in the first run.</summary>
    public static void Erstat(OpenXmlElement rod, Func<string, string> erstat)
    {
        foreach (var (koersler, mellem) in Grupper(rod).ToList())
        {
            string tekst = Tekst(koersler);
            if (!Felter.HarFelt(tekst))
            {
                continue;
            }

            var foerste = koersler[0];
            foreach (var barn in foerste.ChildElements.Where(b => b is not RunProperties).ToList())
            {
                barn.Remove();
            }

            foreach (var del in Dele(erstat(tekst)))
            {
                foerste.AppendChild(del);
            }

            foreach (var e in koersler.Skip(1).Concat(mellem))
            {
                e.Remove();
            }
        }
    }

    /// <summary>The elements of a run holding <paramref name="tekst"/>: text, with tabs and line breaks as Word's own elements.</summary>
    public static IEnumerable<OpenXmlElement> Dele(string tekst)
    {
        int start = 0;
        for (int i = 0; i <= tekst.Length; i++)
        {
            if (i < tekst.Length && tekst[i] is not ('\t' or '\n'))
            {
                continue;
            }

            if (i > start)
            {
                yield return new Text(tekst[start..i]) { Space = SpaceProcessingModeValues.Preserve };
            }

            if (i < tekst.Length)
            {
                yield return tekst[i] == '\t' ? new TabChar() : new Break();
            }

            start = i + 1;
        }
    }

    private static List<(List<Run> Koersler, List<OpenXmlElement> Mellem)> Grupper(OpenXmlElement rod)
    {
        var grupper = new List<(List<Run>, List<OpenXmlElement>)>();
        foreach (var foraelder in rod.Descendants<Run>().Select(r => r.Parent!).Distinct().ToList())
        {
            var koersler = new List<Run>();
            var mellem = new List<OpenXmlElement>();
            foreach (var barn in foraelder.ChildElements)
            {
                if (barn is Run r && KunTekst(r))
                {
                    koersler.Add(r);
                }
                else if (barn is ProofError && koersler.Count > 0)
                {
                    // Word's spelling marks sit between the runs of a split word; they go when the runs merge.
                    mellem.Add(barn);
                }
                else if (koersler.Count > 0)
                {
                    grupper.Add((koersler, mellem));
                    koersler = [];
                    mellem = [];
                }
            }

            if (koersler.Count > 0)
            {
                grupper.Add((koersler, mellem));
            }
        }

        return grupper;
    }

    private static bool KunTekst(Run r) => r.ChildElements.All(b => b is RunProperties or Text or TabChar or LastRenderedPageBreak
        || (b is Break br && (br.Type is null || br.Type.Value == BreakValues.TextWrapping)));

    private static string Tekst(List<Run> koersler) => string.Concat(koersler.SelectMany(r => r.ChildElements).Select(b => b switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    }));
}
