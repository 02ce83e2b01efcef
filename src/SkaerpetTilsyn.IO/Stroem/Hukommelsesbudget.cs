namespace SkaerpetTilsyn.IO.Stroem;

/// <summary>The memory that the rows held for grouping may take together (<c>--hukommelse</c>), shared by the files read side by side.</summary>
/// <remarks>Thread safe. A holder that cannot reserve more spills what it holds to a temporary file and reserves again.</remarks>
internal sealed class Hukommelsesbudget(long bytes)
{
    private long _fri = bytes;

    /// <summary>Takes <paramref name="n"/> bytes when that many are free.</summary>
    public bool ProevReserver(long n)
    {
        long fri = Volatile.Read(ref _fri);
        while (fri >= n)
        {
            long foer = Interlocked.CompareExchange(ref _fri, fri - n, fri);
            if (foer == fri)
            {
                return true;
            }

            fri = foer;
        }

        return false;
    }

    /// <summary>Takes <paramref name="n"/> bytes even past the budget: the least a holder needs to go on after it has spilled.</summary>
    public void Reserver(long n) => Interlocked.Add(ref _fri, -n);

    public void Frigiv(long n) => Interlocked.Add(ref _fri, n);
}
