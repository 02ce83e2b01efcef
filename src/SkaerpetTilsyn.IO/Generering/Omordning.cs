using System.Globalization;

namespace SkaerpetTilsyn.IO.Generering;

/// <summary>
/// Gives a generated person file the row order of a real extract (issue 16): in no order at all (<see cref="GeneratorValg.Uorden"/>), or sorted but
/// with a share of its rows moved to the end as corrections appended later (<see cref="GeneratorValg.SeneRaekker"/>); seeded, so the same choices
/// give the same bytes.
/// </summary>
/// <remarks>A generated row is one line (no quoted line breaks). Memory stays flat: lines are spread over temporary bucket files to be shuffled.</remarks>
internal static class Omordning
{
    private const ulong Stroem = 5UL << 40;
    private const long Spandstoerrelse = 64L << 20;

    /// <summary>Reorders the rows (not the header) of the file at <paramref name="sti"/>, the <paramref name="nummer"/>th person file, as <paramref name="valg"/> says.</summary>
    public static void Omordn(string sti, string navn, int nummer, GeneratorValg valg)
    {
        var rng = new Xoshiro256(valg.Seed, Stroem + (ulong)nummer);
        if (valg.Uorden.Contains(navn))
        {
            Bland(sti, ref rng);
        }
        else if (valg.SeneRaekker > 0)
        {
            FlytSidst(sti, valg.SeneRaekker, ref rng);
        }
    }

    /// <summary>Moves round(n · <paramref name="procent"/> / 100) of the n rows, chosen uniformly (Knuth's selection sampling), to the end, each part in its order.</summary>
    private static void FlytSidst(string sti, decimal procent, ref Xoshiro256 rng)
    {
        long n = File.ReadLines(sti).LongCount() - 1;
        long k = (long)Math.Round(n * procent / 100, MidpointRounding.AwayFromZero);
        string sene = sti + ".sene";
        string ud = sti + ".ny";
        using (var laeser = new StreamReader(sti))
        using (var forrest = Skriver(ud))
        using (var bagerst = Skriver(sene))
        {
            forrest.Write(laeser.ReadLine());
            forrest.Write('\n');
            long valgt = 0;
            for (long i = 0; laeser.ReadLine() is { } linje; i++)
            {
                bool sen = (ulong)(k - valgt) * (1UL << 32) > (ulong)(n - i) * (rng.NaesteUlong() >> 32);
                valgt += sen ? 1 : 0;
                var hvor = sen ? bagerst : forrest;
                hvor.Write(linje);
                hvor.Write('\n');
            }
        }

        using (var bagerst = File.OpenRead(sene))
        using (var forrest = new FileStream(ud, FileMode.Append))
        {
            bagerst.CopyTo(forrest);
        }

        File.Delete(sene);
        File.Move(ud, sti, overwrite: true);
    }

    /// <summary>A seeded random order of the rows: each to a random bucket file, then each bucket shuffled (Fisher–Yates) in memory.</summary>
    private static void Bland(string sti, ref Xoshiro256 rng)
    {
        int spande = (int)Math.Max(1, new FileInfo(sti).Length / Spandstoerrelse);
        string[] stier = [.. Enumerable.Range(0, spande).Select(i => string.Create(CultureInfo.InvariantCulture, $"{sti}.{i}.spand"))];
        string overskrift;
        var skrivere = stier.Select(Skriver).ToArray();
        try
        {
            using var laeser = new StreamReader(sti);
            overskrift = laeser.ReadLine() ?? "";
            while (laeser.ReadLine() is { } linje)
            {
                var s = skrivere[rng.Naeste(spande)];
                s.Write(linje);
                s.Write('\n');
            }
        }
        finally
        {
            foreach (var s in skrivere)
            {
                s.Dispose();
            }
        }

        string ud = sti + ".ny";
        using (var skriver = Skriver(ud))
        {
            skriver.Write(overskrift);
            skriver.Write('\n');
            foreach (string spand in stier)
            {
                string[] linjer = File.ReadAllLines(spand);
                for (int i = linjer.Length - 1; i > 0; i--)
                {
                    int j = rng.Naeste(i + 1);
                    (linjer[i], linjer[j]) = (linjer[j], linjer[i]);
                }

                foreach (string linje in linjer)
                {
                    skriver.Write(linje);
                    skriver.Write('\n');
                }

                File.Delete(spand);
            }
        }

        File.Move(ud, sti, overwrite: true);
    }

    private static StreamWriter Skriver(string sti) => new(sti, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
}
