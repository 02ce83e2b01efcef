namespace SkaerpetTilsyn.IO.Kilder;

/// <summary>How a typed column's values become the text a CSV field would hold (SPEC §13.1), for Parquet and PostgreSQL alike.</summary>
internal enum Tekstregel
{
    Tekst,
    Dato,
    Tidspunkt,
    Heltal,
    Decimal,
    Float,
    Double,
}
