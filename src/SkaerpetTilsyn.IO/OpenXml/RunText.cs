using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkaerpetTilsyn.IO.OpenXml;

/// <summary>The text of a Word document as its paragraphs hold it, with runs merged so a <c>{{felt}}</c> that Word split across runs is found and replaced whole.</summary>
/// <remarks>Only runs of plain text (with tabs and line breaks) are merged, keeping the first run's formatting; a field split by anything else (a drawing, a field code) is not seen.</remarks>
internal static class RunText
{
    /// <summary>The merged text of every sequence of consecutive text runs under <paramref name="root"/>.</summary>
    public static IEnumerable<string> Texts(OpenXmlElement root) => Groups(root).Select(g => Join(g.Runs));

    /// <summary>Puts <paramref name="replace"/> of the text of every sequence of consecutive text runs in its first run, keeping that run's formatting; a null from it leaves the runs as they are.</summary>
    public static void Replace(OpenXmlElement root, Func<string, string?> replace)
    {
        foreach (var (runs, between) in Groups(root))
        {
            if (replace(Join(runs)) is not { } text)
            {
                continue;
            }

            var first = runs[0];
            foreach (var child in first.ChildElements.Where(c => c is not RunProperties).ToList())
            {
                child.Remove();
            }

            foreach (var element in Elements(text))
            {
                first.AppendChild(element);
            }

            foreach (var e in runs.Skip(1).Concat(between))
            {
                e.Remove();
            }
        }
    }

    /// <summary>The elements of a run holding <paramref name="text"/>: text, with tabs and line breaks as Word's own elements.</summary>
    public static IEnumerable<OpenXmlElement> Elements(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n'))
            {
                continue;
            }

            if (i > start)
            {
                yield return new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve };
            }

            if (i < text.Length)
            {
                yield return text[i] == '\t' ? new TabChar() : new Break();
            }

            start = i + 1;
        }
    }

    // Materialised, so Replace can change the tree while it goes through the groups.
    private static List<(List<Run> Runs, List<OpenXmlElement> Between)> Groups(OpenXmlElement root)
    {
        var groups = new List<(List<Run>, List<OpenXmlElement>)>();
        foreach (var parent in root.Descendants<Run>().Select(r => r.Parent!).Distinct().ToList())
        {
            var runs = new List<Run>();
            var between = new List<OpenXmlElement>();
            foreach (var child in parent.ChildElements)
            {
                if (child is Run r && IsPlainText(r))
                {
                    runs.Add(r);
                }
                else if (child is ProofError && runs.Count > 0)
                {
                    // Word's spelling marks sit between the runs of a split word; they go when the runs merge.
                    between.Add(child);
                }
                else if (runs.Count > 0)
                {
                    groups.Add((runs, between));
                    runs = [];
                    between = [];
                }
            }

            if (runs.Count > 0)
            {
                groups.Add((runs, between));
            }
        }

        return groups;
    }

    private static bool IsPlainText(Run r) => r.ChildElements.All(c => c is RunProperties or Text or TabChar or LastRenderedPageBreak
        || (c is Break b && (b.Type is null || b.Type.Value == BreakValues.TextWrapping)));

    private static string Join(List<Run> runs) => string.Concat(runs.SelectMany(r => r.ChildElements).Select(c => c switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    }));
}
