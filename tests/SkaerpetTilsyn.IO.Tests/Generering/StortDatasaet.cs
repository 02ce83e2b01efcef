using SkaerpetTilsyn.IO.Generering;

namespace SkaerpetTilsyn.IO.Tests.Generering;

/// <summary>The shared 20,000-person data set (all kommuner, 2019–2024, no bad rows) of <see cref="DatageneratorTests"/>.</summary>
public sealed class StortDatasaet : IDisposable
{
    public Datasaet Data { get; } = new(new GeneratorValg { Personer = 20_000, Seed = 42 });

    public void Dispose() => Data.Dispose();
}
