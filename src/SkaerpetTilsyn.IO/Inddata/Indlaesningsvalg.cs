namespace SkaerpetTilsyn.IO.Inddata;

/// <summary>How <see cref="Indlaeser"/> reads a data folder.</summary>
public sealed record Indlaesningsvalg
{
    /// <summary>512 MB, the default of <see cref="Hukommelse"/>.</summary>
    public const long StandardHukommelse = 512L << 20;

    /// <summary>The PostgreSQL database read instead of a data folder (<c>--kilde</c>, <c>--skema</c>, SPEC §13.2); <see langword="null"/> reads the folder.</summary>
    public Postgres.Databasekilde? Database { get; init; }

    /// <summary>Whether the first bad row stops the run (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>Whether <c>benchmark.csv</c> must be present (<c>opgoerelse</c> and <c>monitor</c>, not <c>valider</c>).</summary>
    public bool KraevBenchmark { get; init; }

    /// <summary>The file of <c>--status FILE</c>; when set it is read instead of the data folder's <c>status.csv</c> (SPEC §8.6).</summary>
    public string? StatusFil { get; init; }

    /// <summary>Whether the data folder's optional <c>milepaele.csv</c> is read (<c>monitor</c>, SPEC §11.5).</summary>
    public bool LaesMilepaele { get; init; }

    /// <summary>The file of <c>--milepaele FILE</c>; when set it is read instead of the data folder's <c>milepaele.csv</c>.</summary>
    public string? MilepaeleFil { get; init; }

    /// <summary>Called with the path of each input file as it is opened, so a caller can check that every file is read once.</summary>
    public Action<string>? VedAabning { get; init; }

    /// <summary>Threads for reading (<c>--traade</c>): above 1 each person file is read on a thread of its own. Results do not depend on it.</summary>
    public int Traade { get; init; } = Environment.ProcessorCount;

    /// <summary>The field separator of the input files (<c>--separator</c>): comma by default (SPEC §2), semicolon for a Danish Excel export.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>The input files' encoding (<c>--encoding</c>); <see langword="null"/> is UTF-8 (SPEC §2), where a BOM is tolerated.</summary>
    public System.Text.Encoding? Tegnsaet { get; init; }

    /// <summary>Whether a person_id that looks like a CPR number is allowed (<c>--tillad-cpr</c>); otherwise it stops the run.</summary>
    public bool TilladCpr { get; init; }

    /// <summary>
    /// Whether rejected rows can stop the run before the computation is finished (SPEC §9.1): a rejected status row, a person file
    /// with more than <see cref="MaxAfvistePct"/> rejected, a ydelser file without a usable row. <c>valider</c> only reports them.
    /// </summary>
    public bool StopVedAfviste { get; init; } = true;

    /// <summary>The largest share of a person file's records, in percent, that may be rejected (<c>--max-afviste-pct</c>); 100 turns the check off.</summary>
    public decimal MaxAfvistePct { get; init; } = 1;

    /// <summary>Whether data that end before the computation needs go on with a warning (<c>--tillad-ufuldstaendige-data</c>, SPEC §9.2).</summary>
    public bool TilladUfuldstaendigeData { get; init; }
    /// <summary>The memory in bytes the reading may use (<c>--hukommelse</c>, 512 MB by default): rows of files out of order beyond what it leaves are sorted in runs on disk. Results do not depend on it.</summary>
    public long Hukommelse { get; init; } = StandardHukommelse;

    /// <summary>The output folder beside which spilled sort runs are kept while reading (<c>--ud</c>); <see langword="null"/> for the system's temporary folder.</summary>
    public string? MidlertidigeFilerVed { get; init; }
}
