using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SkaerpetTilsyn.Core.Kodelister;
using SkaerpetTilsyn.Core.Opgoerelse;

namespace SkaerpetTilsyn.Core.Sagsgennemgang;

/// <summary>The seeded sample of a kommune's passivsager, stratified by ydelse (SPEC §11.2), so every run and every implementation draws the same rows.</summary>
public static class Stikproeve
{
    /// <summary>The sample size when <c>--stikproeve</c> is not given.</summary>
    public const int StandardStoerrelse = 30;

    /// <summary>The seed when <c>--seed</c> is not given: aar × 1000 + kommune.</summary>
    public static long StandardSeed(int aar, int kommune) => (aar * 1000L) + kommune;

    /// <summary>The places per ydelse (indexed by <see cref="Ydelse"/>) for a sample of at most <paramref name="n"/> among <paramref name="antal"/> passivsager per ydelse.</summary>
    public static int[] Kvoter(ReadOnlySpan<int> antal, int n)
    {
        if (antal.Length != Koder.AlleYdelser.Count)
        {
            throw new ArgumentException("There must be one count per ydelse.", nameof(antal));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var c = antal.ToArray();
        var kvoter = new int[c.Length];
        long total = 0;
        var tilstede = new List<int>(c.Length);
        for (int y = 0; y < c.Length; y++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c[y], nameof(antal));
            if (c[y] > 0)
            {
                tilstede.Add(y);
                total += c[y];
            }
        }

        int pladser = (int)Math.Min(n, total);
        if (pladser < tilstede.Count)
        {
            // Fewer places than ydelser: the ydelser with the most passivsager, ties in code-list order.
            tilstede.Sort((a, b) => c[a] != c[b] ? c[b].CompareTo(c[a]) : a.CompareTo(b));
            for (int i = 0; i < pladser; i++)
            {
                kvoter[tilstede[i]] = 1;
            }

            return kvoter;
        }

        long r = pladser - tilstede.Count;
        int tilbage = pladser;
        foreach (int y in tilstede)
        {
            // r·c/T < c, so one place plus the quotient never exceeds the ydelse's rows.
            kvoter[y] = 1 + (int)(r * c[y] / total);
            tilbage -= kvoter[y];
        }

        tilstede.Sort((a, b) =>
        {
            long ra = r * c[a] % total;
            long rb = r * c[b] % total;
            return ra != rb ? rb.CompareTo(ra) : a.CompareTo(b);
        });

        // Largest remainder first; a ydelse whose rows are all drawn passes its turn on, round after round.
        while (tilbage > 0)
        {
            foreach (int y in tilstede)
            {
                if (tilbage == 0)
                {
                    break;
                }

                if (kvoter[y] < c[y])
                {
                    kvoter[y]++;
                    tilbage--;
                }
            }
        }

        return kvoter;
    }

    /// <summary>The drawn rows of one kommune's <paramref name="sager"/>, in their given order (that of <c>passivsager.csv</c>).</summary>
    /// <remarks>The order key uses <see cref="Passivsag.PersonId"/> as given, so pass the raw ids and pseudonymise afterwards.</remarks>
    public static IReadOnlyList<Passivsag> Traek(IReadOnlyList<Passivsag> sager, int n, long seed)
    {
        ArgumentNullException.ThrowIfNull(sager);
        var antal = new int[Koder.AlleYdelser.Count];
        foreach (var s in sager)
        {
            if (s.Kommune != sager[0].Kommune)
            {
                throw new ArgumentException("The passivsager must belong to one kommune.", nameof(sager));
            }

            antal[(int)s.Ydelse]++;
        }

        var kvoter = Kvoter(antal, n);
        var noegler = new string[sager.Count];
        var pr = new List<int>[antal.Length];
        for (int i = 0; i < sager.Count; i++)
        {
            noegler[i] = Noegle(seed, sager[i].PersonId);
            (pr[(int)sager[i].Ydelse] ??= []).Add(i);
        }

        var trukket = new bool[sager.Count];
        for (int y = 0; y < pr.Length; y++)
        {
            if (pr[y] is not { } raekker)
            {
                continue;
            }

            // Ordinal comparison of lowercase hex is the text order SPEC §11.2 names; the row index only settles a repeated person_id.
            raekker.Sort((a, b) =>
            {
                int cmp = string.CompareOrdinal(noegler[a], noegler[b]);
                return cmp != 0 ? cmp : a.CompareTo(b);
            });
            for (int i = 0; i < kvoter[y]; i++)
            {
                trukket[raekker[i]] = true;
            }
        }

        var ud = new List<Passivsag>(Math.Min(n, sager.Count));
        for (int i = 0; i < sager.Count; i++)
        {
            if (trukket[i])
            {
                ud.Add(sager[i]);
            }
        }

        return ud;
    }

    /// <summary>The order key of a row: the lowercase hex SHA-256 of the UTF-8 text <c>S:person_id</c>.</summary>
    public static string Noegle(long seed, string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}:{personId}"))));
    }
}
