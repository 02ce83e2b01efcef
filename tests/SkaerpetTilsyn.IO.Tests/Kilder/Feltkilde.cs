using System.Text;
using SkaerpetTilsyn.IO.Kilder;

namespace SkaerpetTilsyn.IO.Tests.Kilder;

/// <summary>
/// A source of records held in memory, framed the way SPEC §13.1 frames a Parquet or PostgreSQL row: line = row number + 1,
/// the record's text its fields joined by <c>,</c>; it shows that the shared checks need nothing of CSV.
/// </summary>
internal sealed class Feltkilde(string navn, string[] kolonner, params string[][] raekker) : RecordSource(navn)
{
    private int _raekke = -1;

    public override IReadOnlyList<string> Headers => kolonner;

    public override int FieldCount => raekker[_raekke].Length;

    public override long Line => _raekke + 2;

    public bool Afsluttet { get; private set; }

    public override bool Read(out string? defect)
    {
        defect = null;
        return ++_raekke < raekker.Length;
    }

    public override ReadOnlySpan<byte> Field(int index) => Encoding.UTF8.GetBytes(raekker[_raekke][index]);

    public override string RecordText() => string.Join(',', raekker[_raekke]);

    public override RecordSource OpenAgain() => new Feltkilde(Name, kolonner, raekker);

    public override string Finish()
    {
        Afsluttet = true;
        return "sha";
    }

    protected override void Dispose(bool disposing)
    {
    }
}
