namespace SkaerpetTilsyn.IO.Tabeller;

/// <summary>Where a table writer's records go, the header first: a CSV file, a Parquet file or a <see cref="Tabel"/> in memory.</summary>
internal interface IRaekkemaal : IDisposable
{
    /// <summary>Takes one record; <see langword="null"/> is an empty field. The span is only valid during the call.</summary>
    void Raekke(ReadOnlySpan<string?> felter);
}
