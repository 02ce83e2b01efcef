namespace SkaerpetTilsyn.Core.Tid;

/// <summary>A set of days kept as sorted, disjoint, non-adjacent inclusive intervals with running lengths, answering "how many days in [a, b]" in O(log n).</summary>
/// <remarks>Reused from person to person: <see cref="Nulstil"/>, <see cref="Tilfoej"/> any number of times, then <see cref="Byg"/> before querying.</remarks>
internal sealed class Intervalsaet
{
    private readonly List<(int Fra, int Til)> _raa = [];
    private readonly List<int> _fra = [];
    private readonly List<int> _til = [];

    // _foer[i]: days covered by intervals 0..i-1.
    private readonly List<int> _foer = [];

    public int AntalIntervaller => _fra.Count;

    /// <summary>The <paramref name="i"/>th interval in date order, after <see cref="Byg"/>.</summary>
    public (int Fra, int Til) this[int i] => (_fra[i], _til[i]);

    public void Nulstil()
    {
        _raa.Clear();
        _fra.Clear();
        _til.Clear();
        _foer.Clear();
    }

    public void Tilfoej(int fra, int til)
    {
        if (til >= fra)
        {
            _raa.Add((fra, til));
        }
    }

    public void Byg()
    {
        _fra.Clear();
        _til.Clear();
        _foer.Clear();
        _raa.Sort();
        int total = 0;
        foreach (var (fra, til) in _raa)
        {
            int n = _fra.Count;
            if (n > 0 && fra <= _til[n - 1] + 1)
            {
                if (til > _til[n - 1])
                {
                    total += til - _til[n - 1];
                    _til[n - 1] = til;
                }

                continue;
            }

            _foer.Add(total);
            _fra.Add(fra);
            _til.Add(til);
            total += til - fra + 1;
        }
    }

    /// <summary>Builds this set as <paramref name="a"/> minus <paramref name="b"/>.</summary>
    public void BygDifferens(Intervalsaet a, Intervalsaet b)
    {
        Nulstil();
        int j = 0;
        for (int i = 0; i < a._fra.Count; i++)
        {
            int fra = a._fra[i];
            int til = a._til[i];
            while (j < b._fra.Count && b._til[j] < fra)
            {
                j++;
            }

            int k = j;
            while (fra <= til && k < b._fra.Count && b._fra[k] <= til)
            {
                if (b._fra[k] > fra)
                {
                    _raa.Add((fra, b._fra[k] - 1));
                }

                fra = Math.Max(fra, b._til[k] + 1);
                k++;
            }

            if (fra <= til)
            {
                _raa.Add((fra, til));
            }
        }

        Byg();
    }

    public bool Indeholder(int dag) => Antal(dag, dag) == 1;

    /// <summary>Covered days in [<paramref name="fra"/>, <paramref name="til"/>].</summary>
    public int Antal(int fra, int til) => til < fra ? 0 : DaekketTilOgMed(til) - DaekketTilOgMed(fra - 1);

    /// <summary>The latest day w ≤ <paramref name="til"/> such that [w, til] holds exactly <paramref name="antal"/> uncovered days; w is itself uncovered.</summary>
    public int StartForUdaekkedeDage(int til, int antal)
    {
        int lo = til - antal + 1 - DaekketTilOgMed(til);
        int hi = til - antal + 1;

        // Largest w in [lo, hi] with Udaekkede(w, til) >= antal; that w is uncovered.
        while (lo < hi)
        {
            int mid = lo + ((hi - lo + 1) / 2);
            if ((til - mid + 1 - Antal(mid, til)) >= antal)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The first uncovered day on or after <paramref name="dag"/>.</summary>
    public int FoersteUdaekkedeFra(int dag)
    {
        int i = SidsteMedFraHoejst(dag);
        return i >= 0 && _til[i] >= dag ? _til[i] + 1 : dag;
    }

    /// <summary>Whether [<paramref name="fra"/>, <paramref name="til"/>] holds a run of more than <paramref name="maks"/> uncovered days.</summary>
    public bool HarUdaekketLoebOver(int fra, int til, int maks)
    {
        int start = fra;
        int i = Math.Max(0, SidsteMedFraHoejst(fra));
        for (; i < _fra.Count && _fra[i] <= til; i++)
        {
            if (_til[i] < start)
            {
                continue;
            }

            if (_fra[i] - start > maks)
            {
                return true;
            }

            start = _til[i] + 1;
        }

        return til - start + 1 > maks;
    }

    private int DaekketTilOgMed(int dag)
    {
        int i = SidsteMedFraHoejst(dag);
        return i < 0 ? 0 : _foer[i] + Math.Min(dag, _til[i]) - _fra[i] + 1;
    }

    private int SidsteMedFraHoejst(int dag)
    {
        int lo = 0;
        int hi = _fra.Count - 1;
        int svar = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_fra[mid] <= dag)
            {
                svar = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return svar;
    }
}
